import type { CivilDate } from '../../domain/civil-date';

/** What a case workflow carries and reports. Personal data lives only in (encrypted) payloads. */

export type { DeadlineState, DeadlineStatus, LetterSent, TimelineEntry, WaitingOn } from '../shared/types';
export type { CreditorSummary, CreditorTrackPhase } from '../creditor-track/types';
export type { CasePhase } from './phases';
export { CASE_PHASES } from './phases';
export { WAITING_ON } from '../shared/types';
export { CREDITOR_TRACK_PHASES } from '../creditor-track/types';

export interface NoodstopStatus {
  /** Derived in one place (deriveCaseStatus, ./derive): true until the noodstop ends (`endedBy`). */
  active: boolean;
  pulledOn: CivilDate;
  endDate: CivilDate;
  extended: boolean;
  liftedOn?: CivilDate;
  /** Why and when it ended: lifted by the officer, expired, the schuldregeling was agreed, the case closed. */
  endedBy?: 'opgeheven' | 'verlopen' | 'schuldregeling' | 'zaak-gesloten';
  endedOn?: CivilDate;
  reason: string;
}

export interface MoratoriumStatus {
  requestedOn: CivilDate;
  decidedOn?: CivilDate;
  granted?: boolean;
  endDate?: CivilDate;
}
