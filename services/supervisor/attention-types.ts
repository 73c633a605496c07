import type { CivilDate } from '../../domain/civil-date';
import type { CasePhase, WaitingOn } from '../../workflows/case/types';

/** The supervisor's attention list: its reasons, items, filter and finder (services/supervisor/attention.ts). */

export const ATTENTION_REASON_CODES = [
  'termijn-overschreden',
  'workflowtaak-faalt',
  'activiteit-faalt',
  'termijn-nadert',
  'geen-voortgang',
  'wacht-lang-op-schuldeiser',
] as const;
export type AttentionReasonCode = (typeof ATTENTION_REASON_CODES)[number];

export interface AttentionReason {
  code: AttentionReasonCode;
  /** Dutch, for the supervisor. */
  message: string;
  /** The workflow the reason was found on: the case, or its oplossing (`${caseId}/oplossing`). */
  workflowId?: string;
}

export interface AttentionItem {
  caseId: string;
  caseReference: string;
  gemeente?: string;
  officerId?: string;
  phase?: CasePhase;
  /** While the oplossing runs: its own phase (betaalvoorstel, looptijd, …). */
  oplossingPhase?: string;
  nextDeadline?: string;
  waitingOn?: WaitingOn;
  reasons: AttentionReason[];
  /** Higher is more urgent; the list is sorted on it. */
  urgency: number;
  /** The workflow the link opens: where the most urgent reason was found. */
  workflowId: string;
  temporalUiUrl: string;
}

export interface AttentionFilter {
  gemeente?: string;
  officerId?: string;
  phase?: CasePhase;
}

/** The supervisor's list: cases that need attention, each with its reasons, most urgent first. */
export interface AttentionFinder {
  find(filter: AttentionFilter, today: CivilDate): Promise<AttentionItem[]>;
}
