import { addDays } from '../../domain/civil-date';
import { CaseDriver } from '../support/case-driver';
import { recordHistories } from './recorder';

/**
 * Records, for the replay test, a case in its aanmelding that uses the patches of v5 (issue 12): an eerste
 * gesprek planned after the statutory term (warning + supervisor alert, patched('late-gesprek-alert')), a
 * dated noodstop pulled, lifted and pulled again, and a withdrawal that ends the case and its noodstop.
 * `npx tsx tests/histories/record-case-noodstop.ts <version>`; adds files, never replaces old ones.
 */
recordHistories('record-case-noodstop', (r) =>
  r.onServer(async (env, h) => {
    const cases = new CaseDriver(env, h, 'RECN');
    const c = await cases.start();
    const today = await cases.today();
    // Wgs art. 4 lid 1: four weeks; a gesprek five weeks out lies after the term.
    await c.act('plan-eerste-gesprek', {
      appointment: { date: addDays(today, 35), time: '10:00', location: 'Stadskantoor' },
    });
    await c.act('noodstop-pull', { reason: 'Dreigende ontruiming', date: today });
    await c.act('noodstop-lift', { reason: 'Afspraak met verhuurder', date: today });
    await c.act('noodstop-pull', { reason: 'Opnieuw dreiging', date: today });
    await c.act('withdrawal', { date: today, reason: 'Inwoner trekt de hulpvraag in' });
    await c.handle.result();
    await r.saveFirstRun(env, c.caseId, 'case-noodstop-withdrawn');
  }),
);
