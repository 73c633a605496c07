import { CaseDriver, DAY } from '../support/case-driver';
import { creditorTrackIdOf } from '../../workflows/case/ids';
import { recordHistories } from './recorder';

/**
 * Records two creditor tracks with what the track learned in issue 12/13: a paper saldo-opgave with hoofdsom,
 * rente, kosten, datum ontstaan and a loonbeslag entered by an officer, a collection breach during the noodstop,
 * and a creditor removed from the case. `npx tsx tests/histories/record-track.ts v<N>`; adds, never replaces.
 */
recordHistories('record-track', (r) =>
  r.onServer(async (env, h) => {
    const cases = new CaseDriver(env, h, 'RECTR');
    const c = await cases.start(CaseDriver.creditors(2));
    await c.act('noodstop-pull', { reason: 'Beslag op loon aangekondigd' });
    await env.sleep(2 * DAY);
    await c.admit();
    await c.until(
      async () => (await c.status()).creditors.every((x) => x.phase === 'wacht-op-antwoord'),
      'kennisgevingen',
    );
    await env.sleep(3 * DAY);
    const today = await cases.today();
    await cases.service.answer(
      c.caseId,
      'sch-1',
      'saldo-opgave',
      {
        hoofdsom: 120_000,
        rente: 4_550,
        kosten: 4_000,
        datumOntstaan: '2025-03-01',
        beslag: [{ soort: 'loonbeslag', beslaglegger: 'Deurwaarder' }],
      },
      { officerId: 'medewerker-001', receivedOn: today },
    );
    await c.act('collection-breach', {
      date: today,
      creditorId: 'sch-1',
      note: 'Incassobrief ondanks pauze',
    });
    await c.act('creditor-remove', { creditorId: 'sch-2', reason: 'Vordering betaald' });
    await c.until(async () => (await c.track('sch-2')).phase === 'gesloten', 'sch-2 closed');
    await c.until(async () => (await c.track('sch-1')).collectionBreaches === 1, 'breach on sch-1');
    await env.sleep(DAY);
    await r.saveFirstRun(env, creditorTrackIdOf(c.caseId, 'sch-1'), 'creditor-track-paper-saldo-opgave');
    await r.saveFirstRun(env, creditorTrackIdOf(c.caseId, 'sch-2'), 'creditor-track-removed');
  }),
);
