import type { CivilDate } from '../domain/civil-date';
import type { Cents } from '../domain/money';
import type { ProposalKind } from '../domain/proposal';
import type { OplossingOutcome } from '../workflows/oplossing/input';
import {
  AWAITING_ANSWER,
  type CreditorOffer,
  type CreditorStage,
  type OplossingPhase,
  type OplossingStatus,
} from '../workflows/oplossing/state';

/**
 * What each party sees of an oplossing. The workflow's status holds every creditor; a creditor sees only its
 * own offer and totals, the waarborgfonds only the credit it guarantees (no names, no other creditor).
 */

export type ExpectedAnswer = 'voorstel' | 'heroverweging' | 'finale-kwijting';

export interface CreditorOplossingView {
  caseReference: string;
  creditorId: string;
  name: string;
  phase: OplossingPhase;
  form?: 'betalingsregeling' | 'saneringskrediet';
  kredietbank?: string;
  looptijdMonths?: number;
  proposalKind?: ProposalKind;
  totalClaimsCents?: Cents;
  creditorCount: number;
  claimCents: Cents;
  preferent: boolean;
  offerCents: Cents;
  percentageBasisPoints: number;
  stage: CreditorStage;
  expectedAnswer?: ExpectedAnswer;
  answerDeadline?: CivilDate;
  proposalSentOn?: CivilDate;
  answeredOn?: CivilDate;
  rejections: { on: CivilDate; reason: string }[];
  paidCents: Cents;
  grantsFinaleKwijting: boolean;
  kwijting?: { askedOn: CivilDate; answerBefore: CivilDate; grantedOn?: CivilDate };
  remainingOnRecordCents?: Cents;
  looptijd?: { startDate: CivilDate; endDate: CivilDate };
  outcome?: OplossingOutcome;
}

export interface PendingBorgstelling {
  caseId: string;
  caseReference: string;
  gemeente: string;
  kredietbank?: string;
  requestedOn: CivilDate;
  decisionBefore?: CivilDate;
  loanCents: Cents;
  premiumCents: Cents;
  looptijdMonths: number;
  creditorCount: number;
  totalClaimsCents: Cents;
  decidedOn?: CivilDate;
  granted?: boolean;
  by?: string;
  href: string;
}

/** The answer the gemeente waits for from this creditor, by phase and stage. */
export function expectedAnswerOf(status: OplossingStatus, offer: CreditorOffer): ExpectedAnswer | undefined {
  if (status.phase === 'betaalvoorstel' && AWAITING_ANSWER.includes(offer.stage))
    return offer.stage === 'heroverweging' ? 'heroverweging' : 'voorstel';
  if (
    (status.phase === 'finale-kwijting' || status.phase === 'nazorg') &&
    offer.kwijting &&
    !offer.kwijting.grantedOn
  )
    return 'finale-kwijting';
  return undefined;
}

/** This creditor's part of the oplossing, or undefined when it is not one of its creditors. */
export function creditorViewOf(
  status: OplossingStatus,
  creditorId: string,
): CreditorOplossingView | undefined {
  const offer = status.creditors.find((c) => c.creditorId === creditorId);
  if (!offer) return undefined;
  const answerDeadline =
    expectedAnswerOf(status, offer) === 'finale-kwijting'
      ? offer.kwijting?.answerBefore
      : offer.answerDeadline;
  return {
    caseReference: status.caseReference,
    creditorId: offer.creditorId,
    name: offer.name,
    phase: status.phase,
    form: status.form,
    kredietbank: status.kredietbank,
    looptijdMonths: status.proposal?.months,
    proposalKind: status.proposal?.kind,
    totalClaimsCents: status.proposal?.totalClaimsCents,
    creditorCount: status.creditors.length,
    claimCents: offer.claimCents,
    preferent: offer.preferent,
    offerCents: offer.offerCents,
    percentageBasisPoints: offer.percentageBasisPoints,
    stage: offer.stage,
    expectedAnswer: expectedAnswerOf(status, offer),
    answerDeadline,
    proposalSentOn: offer.proposalSentOn,
    answeredOn: offer.answeredOn,
    rejections: offer.rejections,
    paidCents: offer.paidCents,
    grantsFinaleKwijting: offer.grantsFinaleKwijting,
    kwijting: offer.kwijting,
    remainingOnRecordCents: offer.remainingOnRecordCents,
    looptijd: status.looptijd
      ? { startDate: status.looptijd.startDate, endDate: status.looptijd.endDate }
      : undefined,
    outcome: status.outcome,
  };
}

/** The borgstelling as the waarborgfonds sees it, or undefined when the oplossing has none. */
export function borgstellingViewOf(status: OplossingStatus, base: string): PendingBorgstelling | undefined {
  const b = status.borgstelling;
  if (!b) return undefined;
  return {
    caseId: status.caseId,
    caseReference: status.caseReference,
    gemeente: status.gemeente,
    kredietbank: status.kredietbank,
    requestedOn: b.requestedOn,
    decisionBefore: b.decisionBefore,
    loanCents: b.loanCents,
    premiumCents: b.premiumCents,
    looptijdMonths: status.proposal?.months ?? 0,
    creditorCount: status.creditors.length,
    totalClaimsCents: status.proposal?.totalClaimsCents ?? 0,
    decidedOn: b.decidedOn,
    granted: b.granted,
    by: b.by,
    href: `${base}/cases/${status.caseId}/oplossing/borgstelling-besluit`,
  };
}

/** Waiting for the fund: requested above the automatic limit and not decided. */
export const awaitsDecision = (status: OplossingStatus): boolean =>
  status.phase === 'borgstelling' && Boolean(status.borgstelling && !status.borgstelling.decidedOn);
