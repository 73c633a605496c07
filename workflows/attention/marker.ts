import { condition, defineQuery, defineSignal, setHandler } from '@temporalio/workflow';

/**
 * An attention marker: one small workflow per case workflow that needs a person (id `<workflowId>/attention`),
 * started by the worker (workers/attention/) with signalWithStart when an activity keeps failing or a workflow task
 * keeps failing, and finished when the last problem it holds is resolved. The supervisor view finds the running
 * markers with one visibility query instead of describing every case. Holds ids, types and attempts only.
 */
export interface AttentionProblem {
  /** `<runId>/<activityId>` for an activity, `workflow-task/<runId>` for a workflow task. */
  key: string;
  reason: 'activiteit-faalt' | 'workflowtaak-faalt';
  /** Activity type, when it is one. */
  activityType?: string;
  attempt: number;
}

export const ATTENTION_MARKER_TYPE = 'attentionMarkerWorkflow';
export const problemSignal = defineSignal<[AttentionProblem]>('attentionProblem');
export const resolvedSignal = defineSignal<[{ key: string }]>('attentionResolved');
export const problemsQuery = defineQuery<AttentionProblem[]>('attentionProblems');

export async function attentionMarkerWorkflow(): Promise<void> {
  const problems = new Map<string, AttentionProblem>();
  setHandler(problemSignal, (p) => void problems.set(p.key, p));
  setHandler(resolvedSignal, ({ key }) => void problems.delete(key));
  setHandler(problemsQuery, () => [...problems.values()]);
  await condition(() => problems.size === 0);
}
