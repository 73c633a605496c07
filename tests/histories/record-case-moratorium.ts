import * as fs from 'node:fs';
import * as path from 'node:path';
import { addMonths } from '../../domain/civil-date';
import { historyToFile } from '../support/history-file';
import { CaseDriver } from '../support/case-driver';
import { allRuns } from '../support/lifecycle';
import { createHarness, createTimeSkippingEnv, terminateWhenQuiet } from '../support/time-skipping';

/**
 * Records, for the replay test, a case in stabilisatie whose moratorium the court grants (Wgs art. 5), told to
 * every track (patched('moratorium-to-tracks')); the recording ends the case there (terminated). Every run of the case is written.
 * `npx tsx tests/histories/record-case-moratorium.ts <version>`; adds files, never replaces old ones.
 */
async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^v\d+$/.test(version))
    throw new Error('usage: npx tsx tests/histories/record-case-moratorium.ts v<N>');
  const env = await createTimeSkippingEnv();
  const h = await createHarness(env);
  try {
    const cases = new CaseDriver(env, h, 'RECM');
    const c = await cases.start();
    await c.admit();
    await c.until(async () => (await c.track('cjib')).phase === 'wacht-op-antwoord', 'kennisgevingen');
    const today = await cases.today();
    await c.act('moratorium-request', { date: today });
    await c.act('moratorium-decision', { date: today, granted: true, endDate: addMonths(today, 5) });
    await c.until(
      async () => (await c.track('cjib')).pauses?.pauses.some((p) => p.kind === 'moratorium'),
      'moratorium at the tracks',
    );
    // Stabilisatie has no end of its own: the recording stops here, with the case still waiting.
    await terminateWhenQuiet(c.handle, 'recorded');
    const runs = await allRuns(env, c.caseId);
    for (const [i, run] of runs.entries()) {
      const file = path.join(__dirname, `${version}-case-moratorium-run-${i + 1}.json`);
      if (fs.existsSync(file)) throw new Error(`${file} exists: recorded histories are never replaced`);
      fs.writeFileSync(file, historyToFile(run.workflowId, run.history));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await h.stop();
    await env.teardown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
