import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import { aanmeldingDateProblems, fieldErrors, type Aanmelding, type PaperEntry } from '../domain/records';
import type { Policy } from '../domain/policy';
import {
  caseActionSchemas,
  creditorAnswerSchemas,
  type CaseAction,
  type CreditorAnswer,
} from '../workflows/case/actions';
import { caseIdOf, creditorTrackIdOf } from '../workflows/case/ids';
import { CasePhase, Gemeente, LastProgressAt, OfficerId } from '../workflows/case/search-attributes';
import {
  caseActionUpdates,
  caseStatusMemoKey,
  caseStatusQuery,
  timelineQuery,
  type CaseStatus,
} from '../workflows/case/messages';
import { residentQuery, type ResidentDetails } from '../workflows/case/resident-query';
import type { TimelineEntry } from '../workflows/case/types';
import type { CaseInput } from '../workflows/case/workflow';
import {
  creditorAnswerUpdates,
  creditorTrackStatusQuery,
  type CreditorTrackStatus,
} from '../workflows/creditor-track/messages';
import { ActionRejectedError, CaseNotFoundError, InvalidInputError } from './errors';

/** The search attributes a case starts with: ids, phase and a date only, never personal data. */
export function startSearchAttributes(aanmelding: Aanmelding, now: Date): TypedSearchAttributes {
  return new TypedSearchAttributes([
    { key: CasePhase, value: 'aanmelding' },
    { key: Gemeente, value: aanmelding.gemeenteCode },
    { key: OfficerId, value: aanmelding.officerId },
    { key: LastProgressAt, value: now },
  ]);
}

/**
 * What the front doors (API, CLI) do with cases, over the Temporal client. Input is validated here with the
 * same zod schemas the workflow's update validators use; the validators then guard the case's own rules.
 */
export class CaseService {
  constructor(
    readonly client: Client,
    private readonly taskQueue: string,
    /** Epoch ms of "now" for the aanmelding's date checks (the time-skipping tests pass the server's time). */
    private readonly clock: () => number | Promise<number> = () => Date.now(),
  ) {}

  /** Starts the case once: a second start of the same gemeente + case number returns the existing case. */
  async start(
    caseNumber: string,
    aanmelding: Aanmelding,
    policy?: Policy,
  ): Promise<{ caseId: string; created: boolean }> {
    const caseId = caseIdOf(aanmelding.gemeenteCode, caseNumber);
    const dateProblems = aanmeldingDateProblems(aanmelding, amsterdamDateOf(await this.clock()));
    if (dateProblems.length) throw new InvalidInputError(dateProblems);
    const input: CaseInput = { caseNumber, aanmelding, policy };
    try {
      await this.client.workflow.start('caseWorkflow', {
        args: [input],
        taskQueue: this.taskQueue,
        workflowId: caseId,
        workflowIdConflictPolicy: 'FAIL',
        // A closed case keeps its number: never a second case under it.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        // Set at start too, so a case whose very first workflow task fails is still found by gemeente and
        // officer, and shows up as "no progress" in the supervisor view. The workflow upserts them from then on.
        typedSearchAttributes: startSearchAttributes(aanmelding, new Date()),
      });
      return { caseId, created: true };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { caseId, created: false };
      throw error;
    }
  }

  /**
   * The case's status from its memo (one describe, decrypted by the client's codec; no replay of the history on a
   * worker), open or closed. A run from before patched('status-memo'), or one whose first task has not run yet,
   * has none: then the query.
   */
  async status(caseId: string): Promise<CaseStatus> {
    return this.guard(caseId, async () => {
      const handle = this.client.workflow.getHandle(caseId);
      const { memo } = await handle.describe();
      return (memo?.[caseStatusMemoKey] as CaseStatus | undefined) ?? handle.query(caseStatusQuery);
    });
  }

  async timeline(caseId: string): Promise<TimelineEntry[]> {
    return this.guard(caseId, () => this.client.workflow.getHandle(caseId).query(timelineQuery));
  }

  /** Who the resident is (name, BSN, address, contact): a query, decrypted by the client's codec. */
  async resident(caseId: string): Promise<ResidentDetails> {
    return this.guard(caseId, () => this.client.workflow.getHandle(caseId).query(residentQuery));
  }

  /** An officer action. `input` is the request body; the officer id comes from authentication. */
  async act(caseId: string, action: CaseAction, officerId: string, input: unknown): Promise<CaseStatus> {
    const schema = caseActionSchemas[action];
    const parsed = schema.safeParse({ ...(input as object), officerId });
    if (!parsed.success) throw new InvalidInputError(fieldErrors(parsed.error));
    const update = caseActionUpdates[action];
    return this.guard(caseId, () =>
      this.client.workflow.getHandle(caseId).executeUpdate(update as never, { args: [parsed.data] as never }),
    ) as Promise<CaseStatus>;
  }

  async creditorTrack(caseId: string, creditorId: string): Promise<CreditorTrackStatus> {
    const trackId = creditorTrackIdOf(caseId, creditorId);
    return this.guard(trackId, () => this.client.workflow.getHandle(trackId).query(creditorTrackStatusQuery));
  }

  /** A creditor's answer on its own track (portal, or the officer entering a paper answer). */
  async answer(
    caseId: string,
    creditorId: string,
    answer: CreditorAnswer,
    input: unknown,
    enteredBy?: PaperEntry,
  ): Promise<CreditorTrackStatus> {
    const parsed = creditorAnswerSchemas[answer].safeParse(input ?? {});
    if (!parsed.success) throw new InvalidInputError(fieldErrors(parsed.error));
    const trackId = creditorTrackIdOf(caseId, creditorId);
    const update = creditorAnswerUpdates[answer];
    return this.guard(trackId, () =>
      this.client.workflow.getHandle(trackId).executeUpdate(update as never, {
        args: [enteredBy ? { ...parsed.data, enteredBy } : parsed.data] as never,
      }),
    ) as Promise<CreditorTrackStatus>;
  }

  /** Maps Temporal's errors to the three a front door answers differently. */
  private async guard<T>(workflowId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new CaseNotFoundError(workflowId);
      if (error instanceof WorkflowUpdateFailedError) {
        throw new ActionRejectedError(error.cause?.message ?? error.message);
      }
      throw error;
    }
  }
}
