import type { CivilDate } from '../../domain/civil-date';

/** What a case workflow carries. Personal data lives only in (encrypted) payloads, never in search attributes. */

export type CasePhase = 'aanmelding' | 'beschikking' | 'stabilisatie' | 'oplossing' | 'afgesloten';

export type DeadlineState = 'open' | 'met' | 'breached' | 'cancelled';

export interface DeadlineStatus {
  /** e.g. 'eerste-gesprek', 'beschikking'. */
  kind: string;
  deadline: CivilDate;
  /** Legal source, e.g. 'Wgs art. 4 lid 1'. */
  source: string;
  state: DeadlineState;
  remindedOn?: CivilDate;
  metOn?: CivilDate;
  breachedOn?: CivilDate;
}

export interface TimelineEntry {
  /** ISO instant in workflow time. */
  at: string;
  /** Officer id, 'system', or a creditor id. */
  by: string;
  action: string;
  detail?: string;
}

export type WaitingOn = 'officer' | 'creditor' | 'resident' | 'none';
