import { condition } from '@temporalio/workflow';

/**
 * Workflow code as after a bad deploy, for tests/integration/attention.test.ts: same workflow types as the real
 * ones, other behaviour. A plain Error (not an ApplicationFailure) fails the workflow task, not the workflow:
 * the server retries the task, again and again, and the case stands still.
 */

export async function caseWorkflow(): Promise<never> {
  throw new Error('Fout na een deploy: deze code kan de zaak niet voortzetten');
}

/** An oplossing that only waits: its search attributes are set at start by the test. */
export async function oplossingWorkflow(): Promise<void> {
  await condition(() => false);
}
