import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';

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
