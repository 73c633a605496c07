import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';

/** Where a creditor track stands, declared once for API, CLI and console. */
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
