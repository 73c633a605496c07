import { CaseDriver } from '../support/case-driver';
import { caseThroughStabilisatie } from '../support/lifecycle';
import { creditorTrackIdOf } from '../../workflows/case/ids';
import { recordHistories } from './recorder';

/**
 * Records the histories the replay test (tests/workflow/replay.test.ts) runs against the current code:
 * a case with 10 creditors through stabilisatie (every run) and two creditor tracks.
 * Run after a deliberate, patched() workflow change: `npx tsx tests/histories/record.ts <version>`, e.g. v3.
 * It adds new files and never replaces old ones: old histories are what running cases look like.
 */
recordHistories('record', (r) =>
  r.onServer(async (env, h) => {
    const c = await caseThroughStabilisatie(new CaseDriver(env, h, 'REC'), 10);
    await r.saveRuns(env, c.caseId, 'case-10-creditors');
    await r.saveFirstRun(env, creditorTrackIdOf(c.caseId, 'sch-1'), 'creditor-track-reminded');
    await r.saveFirstRun(env, creditorTrackIdOf(c.caseId, 'sch-2'), 'creditor-track-answered');
  }),
);
