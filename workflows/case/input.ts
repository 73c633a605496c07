import type { Policy } from '../../domain/policy';
import type { Aanmelding } from '../../domain/records';
import type { CaseStatus } from './messages';
import type { CaseState } from './state';

/** Start input of a case. Holds personal data: it only ever travels encrypted (payload codec). */
export interface CaseInput {
  /** The gemeente's own case number; with the gemeente it makes the workflow id. */
  caseNumber: string;
  /** Validated at the edge with aanmeldingSchema (API, CLI). */
  aanmelding: Aanmelding;
  /** The gemeente's practice norms, resolved at start so they are fixed in history. */
  policy?: Policy;
  /** Set by continue-as-new: the state of the previous run. */
  carried?: CaseState;
}

export interface CaseResult {
  phase: CaseStatus['phase'];
  closedReason?: string;
  breaches: string[];
}

/** Past this many events a run continues as new at its next quiet point (well under Temporal's limits). */
export const HISTORY_LIMIT = 2000;
/** Quiet time before continue-as-new (see settle): a burst of track reports passes first. */
export const SETTLE_MS = 2_000;
