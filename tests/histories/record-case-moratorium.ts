import { addMonths } from '../../domain/civil-date';
import { CaseDriver } from '../support/case-driver';
import { terminateWhenQuiet } from '../support/time-skipping';
import { recordHistories } from './recorder';

/**
 * Records, for the replay test, a case in stabilisatie whose moratorium the court grants (Wgs art. 5), told to
 * every track (patched('moratorium-to-tracks')); the recording ends the case there (terminated). Every run of the case is written.
 * `npx tsx tests/histories/record-case-moratorium.ts <version>`; adds files, never replaces old ones.
 */
recordHistories('record-case-moratorium', (r) =>
  r.onServer(async (env, h) => {
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
    await r.saveRuns(env, c.caseId, 'case-moratorium');
  }),
);
