import { CaseNotFoundError } from './errors';
import { CasePhase } from '../workflows/case/search-attributes';
import type { OplossingStatus } from '../workflows/oplossing/state';
import type { BorgstellingDirectory, OplossingOperations } from './contracts';
import { collect, quote, type VisibilityClient } from './visibility';

/**
 * Oplossingen waiting for the waarborgfonds, from the visibility store: the oplossing publishes its phase as
 * CasePhase `oplossing:borgstelling` (an existing search attribute, no personal data), so the list needs no
 * query on any other workflow; only the ones found are read for the amounts.
 */

export const OPLOSSING_WORKFLOW_TYPE = 'oplossingWorkflow';
const SUFFIX = '/oplossing';

export function borgstellingQuery(): string {
  return [
    `WorkflowType = ${quote(OPLOSSING_WORKFLOW_TYPE)}`,
    `${CasePhase.name} = ${quote('oplossing:borgstelling')}`,
    `ExecutionStatus = 'Running'`,
  ].join(' AND ');
}

export class TemporalBorgstellingDirectory implements BorgstellingDirectory {
  constructor(
    private readonly visibility: VisibilityClient,
    private readonly oplossing: Pick<OplossingOperations, 'status'>,
  ) {}

  async awaitingDecision(limit: number): Promise<OplossingStatus[]> {
    const found = await collect(this.visibility, borgstellingQuery(), limit);
    const caseIds = found
      .map((f) => f.workflowId)
      .filter((id) => id.endsWith(SUFFIX))
      .map((id) => id.slice(0, -SUFFIX.length));
    const statuses = await Promise.all(
      // One that closed between the list and the read is no longer waiting.
      caseIds.map((caseId) =>
        this.oplossing.status(caseId).catch((error: unknown) => {
          if (error instanceof CaseNotFoundError) return undefined;
          throw error;
        }),
      ),
    );
    return statuses.filter((s): s is OplossingStatus => s !== undefined);
  }
}
