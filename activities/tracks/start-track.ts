import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { CreditorTrackInput } from '../../workflows/creditor-track/workflow';

/**
 * Starts a creditor track as a workflow of its own, on the worker's task queue, through the worker's client
 * (its payload codec encrypts the debtor's data like every other payload).
 *
 * Not a child workflow: a track outlives the case run that starts it (the case continues as new per stage),
 * and a child that completes after its parent run has closed has nowhere to report to. One track per
 * creditor per case, ever: a retry after a start that got through, or a second start of a closed track, is
 * refused by the server and counts as done.
 */
export async function startCreditorTrack(workflowId: string, input: CreditorTrackInput): Promise<void> {
  const { client, info } = Context.current();
  try {
    await client.workflow.start('creditorTrackWorkflow', {
      workflowId,
      taskQueue: info.taskQueue,
      args: [input],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    throw error;
  }
}
