import type { WaarborgfondsRecipient } from '../../activities/letters/schemas';
import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';
import type { Instalment, ProposalKind } from '../../domain/proposal';
import type { CreditorType } from '../../domain/records';
import type { DeadlineStatus, LetterSent, TimelineEntry, WaitingOn } from '../shared/types';
import type { OplossingOutcome } from './input';

/** What an oplossing run knows and reports; carried whole into the next run on continue-as-new. */

export type OplossingPhase =
  /** Waiting for the officer's afloscapaciteit and form. */
  | 'voorbereiding'
  /** Betaalvoorstel out; answers, heroverweging, dwangakkoord. */
  | 'betaalvoorstel'
  /** All agreed, saneringskrediet: waiting for the waarborgfonds. */
  | 'borgstelling'
  | 'looptijd'
  | 'finale-kwijting'
  | 'nazorg'
  | 'afgesloten';

export type CreditorStage =
  | 'wacht-op-voorstel'
  | 'voorgesteld'
  | 'herinnerd'
  | 'geescaleerd'
  | 'heroverweging'
  | 'blijft-weigeren'
  | 'dwangakkoord'
  | 'dwangakkoord-afgewezen'
  | 'akkoord'
  /** Bound without a separate answer: vooraf akkoord (collectief) or a granted dwangakkoord. */
  | 'gebonden';

export interface Dwangakkoord {
  requestedOn: CivilDate;
  hearingOn?: CivilDate;
  /** Fw art. 287a: ruling within 8 days of the hearing. */
  rulingDueBy?: CivilDate;
  ruledOn?: CivilDate;
  granted?: boolean;
}

export interface CreditorOffer {
  creditorId: string;
  name: string;
  type: CreditorType;
  claimCents: Cents;
  preferent: boolean;
  voorafAkkoord: boolean;
  geenMedewerking: boolean;
  offerCents: Cents;
  /** offer / claim in basis points, rounded down (display). */
  percentageBasisPoints: number;
  stage: CreditorStage;
  proposalSentOn?: CivilDate;
  answerDeadline?: CivilDate;
  answeredOn?: CivilDate;
  rejections: { on: CivilDate; reason: string }[];
  dwangakkoord?: Dwangakkoord;
  /** Received during the regeling (betalingsregeling) or at once from the kredietbank. */
  paidCents: Cents;
  /** False for CJIB and DUO: they never grant finale kwijting. */
  grantsFinaleKwijting: boolean;
  kwijting?: { askedOn: CivilDate; answerBefore: CivilDate; grantedOn?: CivilDate };
  /** What stays on record after the regeling (CJIB/DUO, or an early end). */
  remainingOnRecordCents?: Cents;
}

export interface Borgstelling {
  requestedOn: CivilDate;
  loanCents: Cents;
  premiumCents: Cents;
  automatic: boolean;
  decisionBefore?: CivilDate;
  decidedOn?: CivilDate;
  granted?: boolean;
  by?: string;
  /** After a default: the fund pays the kredietbank's loss. */
  uitbetaling?: { on: CivilDate; amountCents: Cents };
  /** Credit repaid: the borgstelling ends. */
  endedOn?: CivilDate;
}

export interface Looptijd {
  startDate: CivilDate;
  endDate: CivilDate;
  /** The resident's monthly payments: to the gemeente (betalingsregeling) or the kredietbank. */
  instalments: Instalment[];
  totalCents: Cents;
  paidCents: Cents;
  payments: { date: CivilDate; amountCents: Cents }[];
  endReached: boolean;
}

export interface OplossingStatus {
  caseId: string;
  oplossingId: string;
  caseReference: string;
  gemeente: string;
  officerId: string;
  phase: OplossingPhase;
  waitingOn: WaitingOn;
  startedOn: CivilDate;
  form?: 'betalingsregeling' | 'saneringskrediet';
  kredietbank?: string;
  waarborgfonds?: boolean;
  afloscapaciteitPerMonth?: Cents;
  vtlbBasis?: string;
  proposal?: {
    kind: ProposalKind;
    availableCents: Cents;
    totalClaimsCents: Cents;
    totalOfferedCents: Cents;
    concurrentPercentage: number;
    preferentPercentage: number | null;
    months: number;
  };
  deadlines: DeadlineStatus[];
  creditors: CreditorOffer[];
  /** Creditors whose answer to the proposal is still open. */
  answersOutstanding: number;
  agreedOn?: CivilDate;
  caseSignalled?: boolean;
  borgstelling?: Borgstelling;
  looptijd?: Looptijd;
  nextDuePayment?: { number: number; dueDate: CivilDate; amountCents: Cents };
  arrearsCents: Cents;
  reviewsDone: number;
  nazorgDone: number;
  ended?: { on: CivilDate; reason: string };
  outcome?: OplossingOutcome;
  closedOn?: CivilDate;
  letters: LetterSent[];
}

export interface OplossingState {
  status: OplossingStatus;
  timeline: TimelineEntry[];
  letterSequences: Record<string, number>;
  /** Agenda items already handled (reminders, checks, tasks): never twice, also after continue-as-new. */
  done: string[];
  run: number;
  /** History length of every earlier run at its continue-as-new (for tests and the bounded-history check). */
  runEvents: number[];
  paymentSequence: number;
  /** ISO instant (workflow time) of the last business event: officer action, creditor answer, phase change. */
  progressAt?: string;
}

/**
 * The Waarborgfonds Saneringskredieten as addressee. Until the gemeente configuration holds the fund's postal
 * details, letters go to this address (the one in the letter examples).
 */
export const WAARBORGFONDS: WaarborgfondsRecipient = {
  type: 'waarborgfonds',
  name: 'Waarborgfonds Saneringskredieten',
  attention: 't.a.v. de afdeling Borgstellingen',
  address: { line: 'Postbus 9000', postcode: '9997 BB', city: 'Fondsstad' },
};

/** Stages in which a creditor still owes an answer to the proposal or the heroverweging. */
export const AWAITING_ANSWER: CreditorStage[] = ['voorgesteld', 'herinnerd', 'geescaleerd', 'heroverweging'];
export const AGREED: CreditorStage[] = ['akkoord', 'gebonden'];
