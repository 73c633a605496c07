import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Aanmelding } from '../domain/records';
import { caseStatusQuery, type CaseStatus } from '../workflows/case/messages';
import { caseIdOf, type CaseInput } from '../workflows/case/workflow';

/**
 * What officers' front doors (API, CLI) do with cases, over the Temporal client. Input arrives here
 * already validated by the domain schemas; the workflow's update validators guard the case itself.
 */
export class CaseService {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
  ) {}

  /** Starts the case once: a second start of the same gemeente + case number returns the running case. */
  async start(caseNumber: string, aanmelding: Aanmelding): Promise<{ caseId: string; created: boolean }> {
    const caseId = caseIdOf(aanmelding.gemeenteCode, caseNumber);
    const input: CaseInput = { caseNumber, aanmelding };
    try {
      await this.client.workflow.start('caseWorkflow', {
        args: [input],
        taskQueue: this.taskQueue,
        workflowId: caseId,
        workflowIdConflictPolicy: 'FAIL',
        // A closed case keeps its number: never start a second case under it.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
      return { caseId, created: true };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { caseId, created: false };
      throw error;
    }
  }

  async status(caseId: string): Promise<CaseStatus> {
    return this.client.workflow.getHandle(caseId).query(caseStatusQuery);
  }
}
