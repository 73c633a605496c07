import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';

/** What a case workflow carries and reports. Personal data lives only in (encrypted) payloads. */

export type CasePhase = 'aanmelding' | 'beschikking' | 'stabilisatie' | 'oplossing' | 'afgesloten';

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

export type WaitingOn = 'officer' | 'creditor' | 'resident' | 'none';

export interface LetterSent {
  letterId: string;
  kind: string;
  /** 'resident', 'waarborgfonds' or the creditor id. */
  recipient: string;
  on: CivilDate;
  sha256: string;
}

export type CreditorTrackPhase =
  'wacht-op-stabilisatie' | 'wacht-op-antwoord' | 'herinnerd' | 'geescaleerd' | 'beantwoord' | 'gesloten';

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
