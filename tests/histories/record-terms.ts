import * as fs from 'node:fs';
import * as path from 'node:path';
import { historyToFile } from '../support/history-file';
import { CaseDriver, DAY } from '../support/case-driver';
import { allRuns } from '../support/lifecycle';
import { OplossingDriver } from '../support/oplossing-driver';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createHarness, createTimeSkippingEnv, type Harness } from '../support/time-skipping';

/**
 * Records terms that run out, for the replay test: a crisis case whose eerste-gesprek term is reminded and
 * breached (then withdrawn), and an oplossing whose 120-day schuldregeling term is reminded and breached (then
 * the proposal and a Wsnp-verklaring). These histories hold the reminder and breach commands (timers, notify activities), so
 * a change in how terms are enforced that would break running cases fails the replay test.
 * `npx tsx tests/histories/record-terms.ts <version>`; adds files, never replaces old ones.
 */
async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^v\d+$/.test(version))
    throw new Error('usage: npx tsx tests/histories/record-terms.ts v<N>');
  const write = (name: string, json: string) => {
    const file = path.join(__dirname, `${version}-${name}`);
    if (fs.existsSync(file)) throw new Error(`${file} exists: recorded histories are never replaced`);
    fs.writeFileSync(file, json);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  };
  // Each in a fresh time-skipping server: after the case, sleeping 125 days on the same one did not return.
  await withTestServer(async (env, h) => {
    const cases = new CaseDriver(env, h, 'RECT');
    const c = await cases.start({ crisisSituation: 'afsluiting-energie-water' });
    await c.until(async () => (await c.actions()).includes('herinnering termijn eerste-gesprek'), 'reminder');
    await env.sleep(7 * DAY);
    await c.until(async () => (await c.status()).deadlines[0]!.state === 'breached', 'breach');
    await c.act('withdrawal', { date: await cases.today(), reason: 'Inwoner trekt de hulpvraag in' });
    await c.handle.result();
    const [caseRun] = await allRuns(env, c.caseId);
    write('case-term-breached.json', historyToFile(caseRun!.workflowId, caseRun!.history));
  });
  await withTestServer(async (env, h) => {
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
    const runs = await allRuns(env, o.id);
    runs.forEach((run, i) =>
      write(`oplossing-term-breached-run-${i + 1}.json`, historyToFile(run.workflowId, run.history)),
    );
  });
}

async function withTestServer(
  record: (env: TestWorkflowEnvironment, h: Harness) => Promise<void>,
): Promise<void> {
  const env = await createTimeSkippingEnv();
  const h = await createHarness(env);
  try {
    await record(env, h);
  } finally {
    await h.stop();
    await env.teardown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
