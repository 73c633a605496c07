import type { TypedSearchAttributes } from '@temporalio/common';
import {
  CasePhase,
  CreditorCount,
  Crisis,
  DeadlineBreached,
  Gemeente,
  NextDeadline,
  NoodstopActive,
  OfficerId,
  WaitingOn,
} from '../workflows/case/search-attributes';
import { caseReferenceOfCaseId } from '../workflows/case/ids';
import type { CasePhase as Phase, WaitingOn as Waiting } from '../workflows/case/types';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import type { CivilDate } from '../domain/civil-date';
import type { CaseDirectory, CaseListFilter, CaseListItem } from './contracts';

/**
 * Reading cases from Temporal's visibility store: search attributes only (ids, phases, dates, flags), so a list
 * of thousands of cases never runs a query on a workflow.
 */

export const CASE_WORKFLOW_TYPE = 'caseWorkflow';
/** The oplossing (workflows/oplossing) runs as a child, id `${caseId}/oplossing`, with its own search attributes. */
export const OPLOSSING_WORKFLOW_TYPE = 'oplossingWorkflow';

/** What the API uses of a listed execution (the Temporal client's WorkflowExecutionInfo has it). */
export interface ListedExecution {
  workflowId: string;
  startTime: Date;
  status: { name: string };
  typedSearchAttributes: TypedSearchAttributes;
}

export interface PendingActivity {
  activityType?: { name?: string | null } | null;
  attempt?: number | null;
  lastFailure?: { message?: string | null } | null;
}

/** The workflow task the server has scheduled or started; attempt > 1 means the earlier ones failed. */
export interface PendingWorkflowTask {
  attempt?: number | null;
  originalScheduledTime?: unknown;
}

export interface WorkflowDescription {
  raw: { pendingActivities?: PendingActivity[] | null; pendingWorkflowTask?: PendingWorkflowTask | null };
}

/** The part of the Temporal client the API reads with (a test passes a fake). */
export interface VisibilityClient {
  workflow: {
    list(options: { query: string; pageSize?: number }): AsyncIterable<ListedExecution>;
    getHandle(workflowId: string): {
      describe(): Promise<WorkflowDescription>;
    };
  };
}

/** A string literal for a visibility query. Values reaching here are already validated; quote anyway. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function caseQuery(
  filter: { gemeente?: string; officerId?: string; phase?: Phase; breached?: boolean; waitingOn?: Waiting },
  extra: string[] = [],
): string {
  const parts = [`WorkflowType = ${quote(CASE_WORKFLOW_TYPE)}`];
  if (filter.gemeente) parts.push(`Gemeente = ${quote(filter.gemeente)}`);
  if (filter.officerId) parts.push(`OfficerId = ${quote(filter.officerId)}`);
  if (filter.phase) parts.push(`CasePhase = ${quote(filter.phase)}`);
  if (filter.breached !== undefined) parts.push(`DeadlineBreached = ${filter.breached}`);
  if (filter.waitingOn) parts.push(`WaitingOn = ${quote(filter.waitingOn)}`);
  return [...parts, ...extra].join(' AND ');
}

export function listItemOf(info: ListedExecution): CaseListItem {
  const sa = info.typedSearchAttributes;
  const next = sa.get(NextDeadline);
  return {
    caseId: info.workflowId,
    caseReference: caseReferenceOfCaseId(info.workflowId),
    gemeente: sa.get(Gemeente),
    officerId: sa.get(OfficerId),
    phase: sa.get(CasePhase) as Phase | undefined,
    nextDeadline: next ? next.toISOString() : undefined,
    deadlineBreached: sa.get(DeadlineBreached) ?? false,
    waitingOn: sa.get(WaitingOn) as Waiting | undefined,
    crisis: sa.get(Crisis) ?? false,
    noodstopActive: sa.get(NoodstopActive) ?? false,
    creditorCount: sa.get(CreditorCount),
    startedAt: info.startTime.toISOString(),
    running: info.status.name === 'RUNNING',
  };
}

export async function collect(
  client: VisibilityClient,
  query: string,
  limit: number,
): Promise<ListedExecution[]> {
  const out: ListedExecution[] = [];
  if (limit <= 0) return out;
  for await (const info of client.workflow.list({ query, pageSize: Math.min(limit, 1000) })) {
    out.push(info);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * One execution per case: a case that continued as new has a closed run beside the running one (same workflow
 * id); only the latest run counts. A run that ended by continuing as new is never the case's state.
 */
export function latestRuns(found: readonly ListedExecution[]): ListedExecution[] {
  const byId = new Map<string, ListedExecution>();
  for (const info of found) {
    if (info.status.name === 'CONTINUED_AS_NEW') continue;
    const seen = byId.get(info.workflowId);
    if (!seen || info.startTime > seen.startTime) byId.set(info.workflowId, info);
  }
  return [...byId.values()];
}

/** Earliest next deadline first; cases without one last. */
export function byNextDeadline(a: CaseListItem, b: CaseListItem): number {
  if (a.nextDeadline && b.nextDeadline)
    return a.nextDeadline.localeCompare(b.nextDeadline) || a.caseId.localeCompare(b.caseId);
  if (a.nextDeadline) return -1;
  if (b.nextDeadline) return 1;
  return a.caseId.localeCompare(b.caseId);
}

export class TemporalCaseDirectory implements CaseDirectory {
  constructor(private readonly client: VisibilityClient) {}

  async list(filter: CaseListFilter): Promise<CaseListItem[]> {
    const found = await collect(this.client, caseQuery(filter), filter.limit);
    return latestRuns(found).map(listItemOf).sort(byNextDeadline);
  }
}

/** The deadline day of a NextDeadline instant (the workflow stores the Amsterdam midnight after that day). */
export function deadlineDayOf(instantIso: string): CivilDate {
  return amsterdamDateOf(Date.parse(instantIso) - 1);
}
