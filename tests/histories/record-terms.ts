import { CaseDriver, DAY } from '../support/case-driver';
import { OplossingDriver } from '../support/oplossing-driver';
import { recordHistories } from './recorder';

/**
 * Records terms that run out, for the replay test: a crisis case whose eerste-gesprek term is reminded and
 * breached (then withdrawn), and an oplossing whose 120-day schuldregeling term is reminded and breached (then
 * the proposal and a Wsnp-verklaring). These histories hold the reminder and breach commands (timers, notify activities), so
 * a change in how terms are enforced that would break running cases fails the replay test.
 * `npx tsx tests/histories/record-terms.ts <version>`; adds files, never replaces old ones.
 */
recordHistories('record-terms', async (r) => {
  // Each in a fresh time-skipping server: after the case, sleeping 125 days on the same one did not return.
  await r.onServer(async (env, h) => {
    const cases = new CaseDriver(env, h, 'RECT');
    const c = await cases.start({ crisisSituation: 'afsluiting-energie-water' });
    await c.until(async () => (await c.actions()).includes('herinnering termijn eerste-gesprek'), 'reminder');
    await env.sleep(7 * DAY);
    await c.until(async () => (await c.status()).deadlines[0]!.state === 'breached', 'breach');
    await c.act('withdrawal', { date: await cases.today(), reason: 'Inwoner trekt de hulpvraag in' });
    await c.handle.result();
    await r.saveFirstRun(env, c.caseId, 'case-term-breached');
  });
  await r.onServer(async (env, h) => {
    const oplossingen = new OplossingDriver(env, h, 'RECT');
    const o = await oplossingen.start([{ id: 'a', claim: 100_000 }]);
    await env.sleep(125 * DAY);
    await o.until(async () => (await o.status()).deadlines[0]!.state === 'breached', 'schuldregeling breach');
    await o.officer('oplossing-start', {
      afloscapaciteitPerMonth: 5_000,
      vtlbBasis: 'VTLB 2026',
      form: 'betalingsregeling',
    });
    await o.officer('wsnp-verklaring', {
      date: await oplossingen.today(),
      reason: 'Geen regeling binnen de termijn',
    });
    // Polled, letting test time pass: awaiting result() can hang on the time-skipping server.
    await o.until(async () => (await o.handle.describe()).status.name === 'COMPLETED', 'oplossing closed');
    await r.saveRuns(env, o.id, 'oplossing-term-breached');
  });
});
