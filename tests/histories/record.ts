import * as fs from 'node:fs';
import * as path from 'node:path';
import { historyToFile } from '../support/history-file';
import { CaseDriver } from '../support/case-driver';
import { caseAndTrackRuns, caseThroughStabilisatie } from '../support/lifecycle';
import { createHarness, createTimeSkippingEnv } from '../support/time-skipping';

/**
 * Records the histories the replay test (tests/workflow/replay.test.ts) runs against the current code:
 * a case with 10 creditors through stabilisatie (every run) and two creditor tracks.
 * Run after a deliberate, patched() workflow change: `npx tsx tests/histories/record.ts <version>`, e.g. v3.
 * It adds new files and never replaces old ones: old histories are what running cases look like.
 */
async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^v\d+$/.test(version)) throw new Error('usage: npx tsx tests/histories/record.ts v<N>');
  const env = await createTimeSkippingEnv();
  const h = await createHarness(env);
  try {
    const c = await caseThroughStabilisatie(new CaseDriver(env, h, 'REC'), 10);
    const { caseRuns, trackRuns } = await caseAndTrackRuns(env, c, ['sch-1', 'sch-2']);
    const write = (name: string, json: string) => {
      const file = path.join(__dirname, `${version}-${name}`);
      if (fs.existsSync(file)) throw new Error(`${file} exists: recorded histories are never replaced`);
      fs.writeFileSync(file, json);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    };
    caseRuns.forEach((run, i) =>
      write(`case-10-creditors-run-${i + 1}.json`, historyToFile(run.workflowId, run.history)),
    );
    write('creditor-track-reminded.json', historyToFile(trackRuns[0]!.workflowId, trackRuns[0]!.history));
    write('creditor-track-answered.json', historyToFile(trackRuns[1]!.workflowId, trackRuns[1]!.history));
  } finally {
    await h.stop();
    await env.teardown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
