import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../../domain/civil-date';
import { historyToFile } from '../support/history-file';
import { CaseDriver } from '../support/case-driver';
import { allRuns } from '../support/lifecycle';
import { createHarness, createTimeSkippingEnv } from '../support/time-skipping';

/**
 * Records, for the replay test, a case in its aanmelding that uses the patches of v5 (issue 12): an eerste
 * gesprek planned after the statutory term (warning + supervisor alert, patched('late-gesprek-alert')), a
 * dated noodstop pulled, lifted and pulled again, and a withdrawal that ends the case and its noodstop.
 * `npx tsx tests/histories/record-case-noodstop.ts <version>`; adds files, never replaces old ones.
 */
async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^v\d+$/.test(version))
    throw new Error('usage: npx tsx tests/histories/record-case-noodstop.ts v<N>');
  const env = await createTimeSkippingEnv();
  const h = await createHarness(env);
  try {
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
    const runs = await allRuns(env, c.caseId);
    const file = path.join(__dirname, `${version}-case-noodstop-withdrawn.json`);
    if (fs.existsSync(file)) throw new Error(`${file} exists: recorded histories are never replaced`);
    fs.writeFileSync(file, historyToFile(runs[0]!.workflowId, runs[0]!.history));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${runs.length} run)`);
  } finally {
    await h.stop();
    await env.teardown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
