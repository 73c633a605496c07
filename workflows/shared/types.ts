import type { CivilDate } from '../../domain/civil-date';

/**
 * Shapes every workflow of a case reports (case, creditor track, oplossing). Declared here, below all three,
 * so none of them imports another's folder for its vocabulary.
 */

export type DeadlineState = 'open' | 'met' | 'breached' | 'cancelled';

export interface DeadlineStatus {
  /** 'eerste-gesprek', 'beschikking', ... */
  kind: string;
  deadline: CivilDate;
  /** Legal source, e.g. 'Wgs art. 4 lid 1; Atw'. */
  source: string;
  state: DeadlineState;
  remindedOn?: CivilDate;
  metOn?: CivilDate;
  breachedOn?: CivilDate;
}

export interface TimelineEntry {
  /** ISO instant in workflow time. */
  at: string;
  /** Officer id, 'system', or 'creditor:<id>'. */
  by: string;
  action: string;
  detail?: string;
  /** The day the act happened, when someone reported it (officer actions carry their own date). */
  on?: CivilDate;
  /** A warning the officer should see (e.g. a gesprek planned after the statutory deadline). */
  warning?: string;
}

/** Who a case waits on (search attribute WaitingOn), declared once for API, CLI and console. */
export const WAITING_ON = ['officer', 'creditor', 'resident', 'none'] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

export interface LetterSent {
  letterId: string;
  kind: string;
  /** 'resident', 'waarborgfonds' or the creditor id. */
  recipient: string;
  on: CivilDate;
  sha256: string;
}
