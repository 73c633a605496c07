import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { Gemeente } from '../../workflows/case/search-attributes';
import { ActivityFailing, AttentionReason } from '../../workflows/attention/search-attributes';
import {
  ATTENTION_MARKER_TYPE,
  problemSignal,
  resolvedSignal,
  type AttentionProblem,
} from '../../workflows/attention/marker';

/** The worker's side of the attention markers (workflows/attention/marker.ts): mark and unmark a case workflow. */
export interface AttentionMarks {
  mark(workflowId: string, problem: AttentionProblem): Promise<void>;
  resolve(workflowId: string, key: string): Promise<void>;
}

export const markerIdOf = (workflowId: string) => `${workflowId}/attention`;

/** `case-GM0599-2026-0001/creditor/x` → `GM0599`: the gemeente is part of every case id. */
export function gemeenteOf(workflowId: string): string | undefined {
  return /^case-(GM\d{4})-/.exec(workflowId)?.[1];
}

export function temporalMarks(client: Client, taskQueue: string): AttentionMarks {
  return {
    async mark(workflowId, problem) {
      const gemeente = gemeenteOf(workflowId);
      const pairs = [
        { key: AttentionReason, value: problem.reason },
        ...(problem.activityType ? [{ key: ActivityFailing, value: problem.activityType }] : []),
        ...(gemeente ? [{ key: Gemeente, value: gemeente }] : []),
      ];
      await client.workflow.signalWithStart(ATTENTION_MARKER_TYPE, {
        workflowId: markerIdOf(workflowId),
        taskQueue,
        signal: problemSignal,
        signalArgs: [problem],
        typedSearchAttributes: new TypedSearchAttributes(pairs as never),
      });
    },
    async resolve(workflowId, key) {
      try {
        await client.workflow.getHandle(markerIdOf(workflowId)).signal(resolvedSignal, { key });
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    },
  };
}
