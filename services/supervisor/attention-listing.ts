import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { caseReferenceOfCaseId } from '../../workflows/case/ids';
import { CasePhase, LastProgressAt } from '../../workflows/case/search-attributes';
import { caseIdOfOplossingId } from '../../workflows/oplossing/input';
import type { CaseListItem } from '../contracts';
import type { AttentionFilter, AttentionReason, AttentionReasonCode } from './attention-types';
import {
  CASE_WORKFLOW_TYPE,
  listItemOf,
  OPLOSSING_WORKFLOW_TYPE,
  quote,
  type ListedExecution,
} from '../visibility';

/**
 * What the supervisor view reads of a listed workflow: a case, or the oplossing of a case (which carries the
 * case's terms and progress while it runs), mapped back to the case it belongs to.
 */

/**
 * Server-set (Temporal 1.30+): after `system.numConsecutiveWorkflowTaskProblemsToTriggerSearchAttribute`
 * consecutive workflow task failures or timeouts (default 5) it holds "category=WorkflowTaskFailed" or
 * "category=WorkflowTaskTimedOut" and "cause=…"; removed when a workflow task completes. Absent in 1.29.
 */
export const TemporalReportedProblems = defineSearchAttributeKey(
  'TemporalReportedProblems',
  SearchAttributeType.KEYWORD_LIST,
);
export const WORKFLOW_TASK_PROBLEMS = ['category=WorkflowTaskFailed', 'category=WorkflowTaskTimedOut'];

/** Bands per reason (most urgent first); within a band, the longer late or the more attempts, the higher. */
export const URGENCY: Record<AttentionReasonCode, number> = {
  'termijn-overschreden': 1000,
  'workflowtaak-faalt': 900,
  'activiteit-faalt': 800,
  'termijn-nadert': 500,
  'geen-voortgang': 400,
  'wacht-lang-op-schuldeiser': 300,
};

export type Flag = (listing: Listing, reason: AttentionReason, urgency: number) => void;

export interface Listing {
  /** The listed workflow: the case itself or `${caseId}/oplossing`. */
  workflowId: string;
  kind: 'case' | 'oplossing';
  /** Search attributes as a case list item, keyed by the case id. */
  item: CaseListItem;
  /** The oplossing's own phase (betaalvoorstel, looptijd, …) when the listing is an oplossing. */
  oplossingPhase?: string;
  lastProgressAt?: string;
  reportedProblems: string[];
}

export function listingOf(info: ListedExecution): Listing {
  const item = listItemOf(info);
  const sa = info.typedSearchAttributes;
  const progress = sa.get(LastProgressAt);
  const reportedProblems = (() => {
    try {
      return sa.get(TemporalReportedProblems) ?? [];
    } catch {
      return []; // a server that stores it under another type: the worker's markers still apply
    }
  })();
  const common = { workflowId: info.workflowId, lastProgressAt: progress?.toISOString(), reportedProblems };
  const caseId = caseIdOfOplossingId(info.workflowId);
  if (caseId === undefined) return { ...common, kind: 'case', item };
  const phase = sa.get(CasePhase);
  return {
    ...common,
    kind: 'oplossing',
    oplossingPhase: phase?.replace(/^oplossing:/, ''),
    item: { ...item, caseId, caseReference: caseReferenceOfCaseId(caseId), phase: 'oplossing' },
  };
}

/**
 * The workflows a supervisor filter covers: cases, and the oplossingen of cases (phase "oplossing" or no phase
 * filter). Gemeente and officer filter both, since both carry those attributes.
 */
export function attentionScope(filter: AttentionFilter): string {
  const isCase = `WorkflowType = ${quote(CASE_WORKFLOW_TYPE)}`;
  const isOplossing = `WorkflowType = ${quote(OPLOSSING_WORKFLOW_TYPE)}`;
  const parts = [
    !filter.phase
      ? `(${isCase} OR ${isOplossing})`
      : filter.phase === 'oplossing'
        ? `((${isCase} AND CasePhase = 'oplossing') OR ${isOplossing})`
        : `${isCase} AND CasePhase = ${quote(filter.phase)}`,
  ];
  if (filter.gemeente) parts.push(`Gemeente = ${quote(filter.gemeente)}`);
  if (filter.officerId) parts.push(`OfficerId = ${quote(filter.officerId)}`);
  return parts.join(' AND ');
}
