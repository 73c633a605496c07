import { sleep } from '@temporalio/workflow';

/** A deliberately incompatible caseWorkflow: the replay test shows that replay catches such a change. */
export async function caseWorkflow(): Promise<void> {
  await sleep('1 day');
}
