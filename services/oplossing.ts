import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { fieldErrors } from '../domain/records';
import type { TimelineEntry } from '../workflows/case/types';
import {
  OPLOSSING_ACTION_ROLES,
  oplossingActionSchemas,
  type OplossingAction,
} from '../workflows/oplossing/actions';
import { oplossingIdOf } from '../workflows/oplossing/input';
import {
  oplossingActionUpdates,
  oplossingStatusQuery,
  oplossingTimelineQuery,
} from '../workflows/oplossing/messages';
import type { OplossingStatus } from '../workflows/oplossing/state';
import { ActionRejectedError, CaseNotFoundError, InvalidInputError } from './errors';

/** Who acts, from authentication: never from the request body. */
export type OplossingActor =
  | { role: 'officer'; officerId: string }
  | { role: 'creditor'; creditorId: string }
  | { role: 'waarborgfonds' };

/**
 * What the front doors (API, CLI) do with the oplossing of a case, over the Temporal client. Input is validated
 * here with the zod schemas the workflow's update validators use; the validators then guard the oplossing's rules.
 */
export class OplossingService {
  constructor(readonly client: Client) {}

  async status(caseId: string): Promise<OplossingStatus> {
    return this.guard(caseId, () => this.handle(caseId).query(oplossingStatusQuery));
  }

  async timeline(caseId: string): Promise<TimelineEntry[]> {
    return this.guard(caseId, () => this.handle(caseId).query(oplossingTimelineQuery));
  }

  /**
   * One action. The actor's identity goes into the body (officerId, creditorId) from authentication; an actor
   * of the wrong role is refused before anything reaches the workflow.
   */
  async act(
    caseId: string,
    action: OplossingAction,
    actor: OplossingActor,
    input: unknown,
  ): Promise<OplossingStatus> {
    const role = OPLOSSING_ACTION_ROLES[action];
    if (actor.role !== role) throw new ActionRejectedError(`Deze actie is voorbehouden aan de rol ${role}.`);
    const identity =
      actor.role === 'officer'
        ? { officerId: actor.officerId }
        : actor.role === 'creditor'
          ? { creditorId: actor.creditorId }
          : {};
    const schema = oplossingActionSchemas[action];
    const parsed = schema.safeParse({ ...(input as object), ...identity });
    if (!parsed.success) throw new InvalidInputError(fieldErrors(parsed.error));
    const update = oplossingActionUpdates[action];
    return this.guard(caseId, () =>
      this.handle(caseId).executeUpdate(update as never, { args: [parsed.data] as never }),
    ) as Promise<OplossingStatus>;
  }

  private handle(caseId: string) {
    return this.client.workflow.getHandle(oplossingIdOf(caseId));
  }

  private async guard<T>(caseId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new CaseNotFoundError(caseId);
      if (error instanceof WorkflowUpdateFailedError)
        throw new ActionRejectedError(error.cause?.message ?? error.message);
      throw error;
    }
  }
}
