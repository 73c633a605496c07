import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';

/** What a case workflow carries and reports. Personal data lives only in (encrypted) payloads. */

/** The phases of a case, declared once: API schemas, CLI options and console labels all use this list. */
export const CASE_PHASES = ['aanmelding', 'beschikking', 'stabilisatie', 'oplossing', 'afgesloten'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

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
}

/** Who a case waits on (search attribute WaitingOn). */
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

/** Where a creditor track stands. */
export const CREDITOR_TRACK_PHASES = [
  'wacht-op-stabilisatie',
  'wacht-op-antwoord',
  'herinnerd',
  'geescaleerd',
  'beantwoord',
  'gesloten',
] as const;
export type CreditorTrackPhase = (typeof CREDITOR_TRACK_PHASES)[number];

/** What the case knows of one creditor track (the track itself is the source; it reports by signal). */
export interface CreditorSummary {
  creditorId: string;
  name: string;
  phase: CreditorTrackPhase;
  answer?: 'saldo-opgave' | 'vooraf-akkoord' | 'geen-medewerking';
  /** Latest known claim total in cents (creditor's saldo-opgave or recorded by the officer). */
  claimAmount?: Cents;
  answerDeadline?: CivilDate;
  pauseEnd?: CivilDate;
  pauseConfirmed: boolean;
  collectionBreaches: number;
  removed: boolean;
}

export interface NoodstopStatus {
  active: boolean;
  pulledOn: CivilDate;
  endDate: CivilDate;
  extended: boolean;
  liftedOn?: CivilDate;
  reason: string;
}

export interface MoratoriumStatus {
  requestedOn: CivilDate;
  decidedOn?: CivilDate;
  granted?: boolean;
  endDate?: CivilDate;
}
