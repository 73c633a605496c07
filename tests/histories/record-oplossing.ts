import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../../domain/civil-date';
import { historyToFile } from '../support/history-file';
import { allRuns } from '../support/lifecycle';
import { OplossingDriver } from '../support/oplossing-driver';
import { createHarness, createTimeSkippingEnv } from '../support/time-skipping';

/**
 * Records every run of one oplossing (saneringskrediet, 18 instalments, nazorg, afgerond) for the replay test.
 * `npx tsx tests/histories/record-oplossing.ts <version>`; adds files, never replaces old ones.
 */
async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^v\d+$/.test(version))
    throw new Error('usage: npx tsx tests/histories/record-oplossing.ts v<N>');
  const env = await createTimeSkippingEnv();
  const h = await createHarness(env);
  try {
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
    const runs = await allRuns(env, o.id);
    runs.forEach((run, i) => {
      const file = path.join(__dirname, `${version}-oplossing-saneringskrediet-run-${i + 1}.json`);
      if (fs.existsSync(file)) throw new Error(`${file} exists: recorded histories are never replaced`);
      fs.writeFileSync(file, historyToFile(run.workflowId, run.history));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    });
  } finally {
    await h.stop();
    await env.teardown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
