import type { LetterData } from '../../activities/letters/registry';
import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';
import { basisPointsOf, basisPointsOfPercentage } from '../../domain/percentage';
import type { Instalment } from '../../domain/proposal';
import type { OplossingContext } from './effects';
import { AGREED } from './stages';
import type { Borgstelling, CreditorOffer, Looptijd, OplossingStatus } from './state';

/**
 * The data of every letter of the oplossing, built from the state. Pure (no Temporal import): what a letter
 * says is decided here and in its template, and unit-tested without a server.
 */

const offerPart = (offer: CreditorOffer) => ({
  claimCents: offer.claimCents,
  offerCents: offer.offerCents,
  percentageBasisPoints: offer.percentageBasisPoints,
});

export function betaalvoorstelData(
  status: OplossingStatus,
  offer: CreditorOffer,
  ctx: OplossingContext,
  answerBefore: CivilDate,
): LetterData<'betaalvoorstel'> {
  return {
    debtor: ctx.debtor,
    ...offerPart(offer),
    preferent: offer.preferent,
    ...(offer.preferentCents !== undefined ? { preferentCents: offer.preferentCents } : {}),
    form: status.form!,
    kredietbank: status.kredietbank,
    looptijdMonths: ctx.policy.looptijdMonths,
    totalDebtCents: status.proposal!.totalClaimsCents,
    creditorCount: status.creditors.length,
    answerBefore,
    answerTermWorkdays: ctx.policy.creditorAnswerWerkdagen,
  };
}

/** Collectief schuldregelen: a vooraf-akkoord creditor learns what it gets; no answer asked. */
export function betaalvoorstelCollectiefData(
  status: OplossingStatus,
  offer: CreditorOffer,
  ctx: OplossingContext,
): LetterData<'betaalvoorstel-collectief'> {
  return {
    debtor: ctx.debtor,
    ...offerPart(offer),
    preferent: offer.preferent,
    kredietbank: status.kredietbank!,
    looptijdMonths: ctx.policy.looptijdMonths,
    agreedOn: offer.voorafAkkoordOn!,
  };
}

export function herinneringData(
  offer: CreditorOffer,
  ctx: OplossingContext,
  originalLetterDate: CivilDate,
  answerBefore: CivilDate,
): LetterData<'herinnering-betaalvoorstel'> {
  return {
    debtor: ctx.debtor,
    ...offerPart(offer),
    originalLetterDate,
    answerBefore,
    answerTermWorkdays: ctx.policy.creditorAnswerWerkdagen,
  };
}

export function heroverwegingData(
  status: OplossingStatus,
  offer: CreditorOffer,
  ctx: OplossingContext,
  rejection: { on: CivilDate; reason: string },
  answerBefore: CivilDate,
): LetterData<'heroverweging'> {
  const agreed = status.creditors.filter((c) => AGREED.includes(c.stage));
  const proposal = status.proposal!;
  return {
    debtor: ctx.debtor,
    ...offerPart(offer),
    rejectionDate: rejection.on,
    rejectionReason: rejection.reason,
    creditorCount: status.creditors.length,
    agreedCreditorCount: agreed.length,
    agreedClaimShareBasisPoints: basisPointsOf(
      agreed.reduce((s, c) => s + c.claimCents, 0),
      proposal.totalClaimsCents,
    ),
    concurrentPercentageBasisPoints: basisPointsOfPercentage(proposal.concurrentPercentage),
    preferentPercentageBasisPoints:
      proposal.preferentPercentage === null ? null : basisPointsOfPercentage(proposal.preferentPercentage),
    answerBefore,
    answerTermWorkdays: ctx.policy.heroverwegingWerkdagen,
  };
}

export function aanvraagBorgstellingData(
  status: OplossingStatus,
  b: Borgstelling,
  ctx: OplossingContext,
  monthlyInstalmentCents: Cents,
  automaticLimitCents: Cents,
  premiumBasisPoints: number,
): LetterData<'aanvraag-borgstelling'> {
  return {
    debtor: ctx.debtor,
    kredietbank: status.kredietbank!,
    loanCents: b.loanCents,
    premiumCents: b.premiumCents,
    premiumBasisPoints,
    schuldregelingDays: ctx.policy.schuldregelingDays,
    automatic: b.automatic,
    automaticLimitCents,
    looptijdMonths: ctx.policy.looptijdMonths,
    startDate: b.requestedOn,
    monthlyInstalmentCents,
    creditorCount: status.creditors.length,
    totalDebtCents: status.proposal!.totalClaimsCents,
    decisionBefore: b.decisionBefore,
  };
}

export function schuldregelingAkkoordData(
  status: OplossingStatus,
  offer: CreditorOffer,
  ctx: OplossingContext,
  lt: Looptijd,
): LetterData<'schuldregeling-akkoord'> {
  return {
    debtor: ctx.debtor,
    ...offerPart(offer),
    form: status.form!,
    kredietbank: status.kredietbank,
    looptijdMonths: ctx.policy.looptijdMonths,
    startDate: lt.startDate,
    endDate: lt.endDate,
    ...(status.form === 'saneringskrediet' ? { paymentExpectedOn: lt.startDate } : {}),
  };
}

/** The resident's confirmation; it names the claims that stay (no finale kwijting) and what stays of them. */
export function bevestigingSchuldregelingData(
  status: OplossingStatus,
  ctx: OplossingContext,
  lt: Looptijd,
  instalments: Instalment[],
): LetterData<'bevestiging-schuldregeling'> {
  const remaining = status.creditors.filter((c) => !c.grantsFinaleKwijting);
  return {
    form: status.form!,
    kredietbank: status.kredietbank,
    creditorCount: status.creditors.length,
    totalDebtCents: status.proposal!.totalClaimsCents,
    offerTotalCents: lt.totalCents,
    monthlyPaymentCents: instalments[0]!.amount,
    looptijdMonths: ctx.policy.looptijdMonths,
    startDate: lt.startDate,
    endDate: lt.endDate,
    firstPaymentDate: instalments[0]!.dueDate!,
    hasClaimsWithoutKwijting: remaining.length > 0,
    ...(remaining.length
      ? {
          claimsWithoutKwijting: remaining.map((c) => ({
            name: c.name,
            remainingCents: c.claimCents - c.offerCents,
          })),
        }
      : {}),
  };
}

export function verzoekFinaleKwijtingData(
  status: OplossingStatus,
  offer: CreditorOffer,
  ctx: OplossingContext,
  answerBefore: CivilDate,
): LetterData<'verzoek-finale-kwijting'> {
  const lt = status.looptijd!;
  return {
    debtor: ctx.debtor,
    form: status.form!,
    startDate: lt.startDate,
    endDate: lt.endDate,
    claimCents: offer.claimCents,
    paidCents: offer.paidCents,
    remainingCents: offer.claimCents - offer.paidCents,
    answerBefore,
    answerTermWorkdays: ctx.policy.creditorAnswerWerkdagen,
  };
}

export function bevestigingFinaleKwijtingData(
  offer: CreditorOffer,
  ctx: OplossingContext,
  kwijtingDate: CivilDate,
): LetterData<'bevestiging-finale-kwijting'> {
  return {
    debtor: ctx.debtor,
    kwijtingDate,
    claimCents: offer.claimCents,
    paidCents: offer.paidCents,
    writtenOffCents: offer.claimCents - offer.paidCents,
  };
}

export function schuldregelingBeeindigdData(
  offer: CreditorOffer,
  ctx: OplossingContext,
  endDate: CivilDate,
  reason: LetterData<'schuldregeling-beeindigd'>['reason'],
): LetterData<'schuldregeling-beeindigd'> {
  return {
    debtor: ctx.debtor,
    endDate,
    reason,
    claimCents: offer.claimCents,
    paidCents: offer.paidCents,
    remainingCents: offer.remainingOnRecordCents!,
  };
}
