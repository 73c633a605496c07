import { addDays } from '../../domain/civil-date';
import { OplossingDriver } from '../support/oplossing-driver';
import { recordHistories } from './recorder';

/**
 * Records every run of oplossingen for the replay test: a saneringskrediet (18 instalments, nazorg, afgerond);
 * from v5 also a refused dwangakkoord that ends in the Wsnp (Fw art. 287a) and a borgstelling refused by the
 * fund's rules after which the officer chooses a betalingsregeling and ends it.
 * `npx tsx tests/histories/record-oplossing.ts <version>`; adds files, never replaces old ones.
 */
recordHistories('record-oplossing', (rec) =>
  rec.onServer(async (env, h) => {
    const save = (id: string, scenario: string) => rec.saveRuns(env, id, `oplossing-${scenario}`);
    const o = await new OplossingDriver(env, h, 'RECO').start([
      { id: 'a', type: 'bank', claim: 300_000 },
      { id: 'cjib', type: 'cjib', claim: 100_000 },
    ]);
    await o.officer('oplossing-start', {
      afloscapaciteitPerMonth: 10_000,
      vtlbBasis: 'VTLB 2026',
      form: 'saneringskrediet',
      kredietbank: 'Kredietbank Rotterdam',
    });
    await o.act('voorstel-akkoord', { creditorId: 'a' });
    const s = await o.act('voorstel-akkoord', { creditorId: 'cjib' });
    await o.payInstalments();
    await o.sleepTo(addDays(s.looptijd!.endDate, 1));
    await o.handle.result();
    await save(o.id, 'saneringskrediet');

    const w = await new OplossingDriver(env, h, 'RECW').start([
      { id: 'a', claim: 100_000 },
      { id: 'b', claim: 100_000 },
    ]);
    await w.officer('oplossing-start', {
      afloscapaciteitPerMonth: 2_000,
      vtlbBasis: 'VTLB 2026',
      form: 'betalingsregeling',
    });
    await w.act('voorstel-akkoord', { creditorId: 'a' });
    await w.act('voorstel-afwijzing', { creditorId: 'b', reason: 'Te laag' });
    await w.act('voorstel-afwijzing', { creditorId: 'b', reason: 'Nog steeds te laag' });
    const today = await w.driverToday();
    await w.officer('dwangakkoord-verzoek', { creditorId: 'b', date: today });
    await w.officer('dwangakkoord-zitting', { creditorId: 'b', date: today });
    await w.officer('dwangakkoord-uitspraak', { creditorId: 'b', date: today, granted: false });
    await w.handle.result();
    await save(w.id, 'dwangakkoord-wsnp');

    const r = await new OplossingDriver(env, h, 'RECB').start([{ id: 'a', claim: 1_200_000 }]);
    await r.officer('oplossing-start', {
      afloscapaciteitPerMonth: 70_000,
      vtlbBasis: 'VTLB 2026',
      form: 'saneringskrediet',
      kredietbank: 'Kredietbank Rotterdam',
    });
    await r.act('voorstel-akkoord', { creditorId: 'a' });
    const day = await r.driverToday();
    const lt = await r.officer('borgstelling-vervolg', { date: day, route: 'betalingsregeling' });
    await r.officer('regeling-beeindigen', {
      date: day,
      reason: 'op-verzoek',
      grounds: ['Op verzoek van de inwoner'],
      admissionDate: lt.startedOn,
    });
    await r.handle.result();
    await save(r.id, 'borgstelling-afgewezen');
  }),
);
