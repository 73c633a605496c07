import type { History } from '@temporalio/common/lib/proto-utils';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { creditorTrackIdOf } from '../../workflows/case/ids';
import { CaseDriver, DAY, type CaseRef } from './case-driver';

/**
 * A whole case from aanmelding to the end of stabilisatie with N creditors, driven like a real one:
 * noodstop, gesprek, toelating, answers from every creditor (one silent until reminded), stabilisatie complete.
 * Used by the continue-as-new test and by the history recorder.
 */
export async function caseThroughStabilisatie(cases: CaseDriver, creditorCount: number): Promise<CaseRef> {
  const c = await cases.start(CaseDriver.creditors(creditorCount));
  await c.act('plan-eerste-gesprek', {
    appointment: { date: await cases.today(), time: '10:30', location: 'Stadswinkel Centrum' },
  });
  await c.act('noodstop-pull', { reason: 'Beslag op loon aangekondigd' });
  await cases.env.sleep(3 * DAY);
  await c.admit();
  const ids = Array.from({ length: creditorCount }, (_, i) => `sch-${i + 1}`);
  await c.until(async () => {
    const s = await c.status();
    return s.creditors.every((x) => x.phase === 'wacht-op-antwoord');
  }, 'all kennisgevingen sent');
  for (const id of ids.slice(1)) {
    await cases.service.answer(c.caseId, id, 'saldo-opgave', { amount: 50_000, reference: `SALDO-${id}` });
  }
  await cases.env.sleep(20 * DAY); // the first creditor stays silent and is reminded
  await cases.service.answer(c.caseId, ids[0]!, 'vooraf-akkoord', {});
  await c.until(
    async () => (await c.status()).creditors.every((x) => x.answer !== undefined),
    'all answers seen',
  );
  await c.act('stabilisatie-complete', { date: await cases.today() });
  // The case continues as new into the oplossing once its tracks have been quiet for a moment.
  await c.until(async () => (await c.actions()).includes('oplossing gestart'), 'oplossing handed over');
  return c;
}

export interface RunHistory {
  workflowId: string;
  runId: string;
  history: History;
}

/** Every run of a workflow, oldest first, following continue-as-new back from the current run. */
export async function allRuns(env: TestWorkflowEnvironment, workflowId: string): Promise<RunHistory[]> {
  const runs: RunHistory[] = [];
  let runId: string | undefined = (await env.client.workflow.getHandle(workflowId).describe()).runId;
  while (runId) {
    const history = await env.client.workflow.getHandle(workflowId, runId).fetchHistory();
    runs.unshift({ workflowId, runId, history });
    runId =
      history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
  }
  return runs;
}

export async function caseAndTrackRuns(env: TestWorkflowEnvironment, c: CaseRef, creditorIds: string[]) {
  return {
    caseRuns: await allRuns(env, c.caseId),
    trackRuns: (
      await Promise.all(creditorIds.map((id) => allRuns(env, creditorTrackIdOf(c.caseId, id))))
    ).flat(),
  };
}
