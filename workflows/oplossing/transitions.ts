import { minCivilDate, type CivilDate } from '../../domain/civil-date';
import { basisPointsOf } from '../../domain/percentage';
import { computeProposal, offersByCreditor } from '../../domain/proposal';
import {
  creditorAnswerDeadline,
  dwangakkoordRulingDeadline,
  heroverwegingDeadline,
} from '../../domain/terms';
import { Effects, offerOf, toCreditor, type OplossingContext, type OplossingTransitions } from './effects';
import { proposalClaimsOf } from './offers';
import { betaalvoorstelCollectiefData, betaalvoorstelData, heroverwegingData } from './letters';
import { close, COLLECTIEF_LETTER, DWANGAKKOORD_WITH_WSNP } from './progression';
import { regelingTransitions } from './regeling';
import { nextStage, type CreditorEvent } from './stages';
import type { CreditorOffer, OplossingState } from './state';

/**
 * What each action does to the oplossing: state + action → changed state + effects as data. The validators
 * (rules.ts) ran first, so every action here is allowed. Pure: no Temporal import. Stage changes go through
 * the stage table (stages.ts).
 */
/** Moves a creditor by the stage table (the validators made sure the event is possible). */
export function move(offer: CreditorOffer, event: CreditorEvent): void {
  const next = nextStage(offer.stage, event);
  if (!next) throw new Error(`Geen overgang ${event} vanuit ${offer.stage} (${offer.creditorId}).`);
  offer.stage = next;
}

/** Sends (or re-sends) the betaalvoorstel to one creditor. */
export function sendProposal(
  state: OplossingState,
  offer: CreditorOffer,
  on: CivilDate,
  ctx: OplossingContext,
  fx: Effects,
) {
  const term = creditorAnswerDeadline(on, ctx.policy.creditorAnswerWerkdagen);
  move(offer, 'voorstel');
  offer.proposalSentOn = on;
  offer.answerDeadline = term.deadline;
  offer.answerTermSource = term.source;
  fx.letter(
    'betaalvoorstel',
    toCreditor(offer.creditorId),
    on,
    betaalvoorstelData(state.status, offer, ctx, term.deadline),
  );
}

export const oplossingTransitions: OplossingTransitions = {
  'oplossing-start': (
    state,
    { officerId, afloscapaciteitPerMonth, vtlbBasis, form, kredietbank, waarborgfonds },
    ctx,
    fx,
  ) => {
    const { status } = state;
    const months = ctx.policy.looptijdMonths;
    const proposal = computeProposal({
      afloscapaciteitPerMonth,
      months,
      claims: proposalClaimsOf(ctx.input.creditors),
    });
    Object.assign(status, {
      phase: 'betaalvoorstel',
      form,
      kredietbank,
      waarborgfonds: form === 'saneringskrediet' && waarborgfonds,
      afloscapaciteitPerMonth,
      vtlbBasis,
      proposal: {
        kind: proposal.kind,
        availableCents: proposal.available,
        totalClaimsCents: proposal.totalClaims,
        totalOfferedCents: proposal.totalOffered,
        concurrentPercentage: proposal.concurrentPercentage,
        preferentPercentage: proposal.preferentPercentage,
        months,
      },
    });
    fx.record(
      officerId,
      'oplossing gestart',
      `${form}, ${proposal.kind}, afloscapaciteit ${afloscapaciteitPerMonth} cent/maand`,
    );
    const offers = offersByCreditor(proposal);
    for (const offer of status.creditors) {
      offer.offerCents = offers.get(offer.creditorId) ?? 0;
      offer.percentageBasisPoints = basisPointsOf(offer.offerCents, offer.claimCents);
      // Collectief schuldregelen: vooraf akkoord holds only with a saneringskrediet (and budgetbeheer).
      if (form === 'saneringskrediet' && offer.voorafAkkoord) {
        move(offer, 'vooraf-akkoord');
        fx.record('system', 'vooraf akkoord: geen betaalvoorstel, gebonden', offer.creditorId);
        if (offer.voorafAkkoordOn && ctx.patched(COLLECTIEF_LETTER))
          fx.letter(
            'betaalvoorstel-collectief',
            toCreditor(offer.creditorId),
            ctx.today,
            betaalvoorstelCollectiefData(status, offer, ctx),
          );
      } else sendProposal(state, offer, ctx.today, ctx, fx);
    }
  },
  'voorstel-akkoord': (state, { creditorId }, ctx, fx) => {
    const offer = offerOf(state, creditorId);
    move(offer, 'akkoord');
    offer.answeredOn = ctx.today;
    fx.record(`creditor:${creditorId}`, 'akkoord met betaalvoorstel');
  },
  'voorstel-afwijzing': (state, { creditorId, reason }, ctx, fx) => {
    const offer = offerOf(state, creditorId);
    const on = ctx.today;
    offer.rejections.push({ on, reason });
    offer.answeredOn = on;
    fx.record(`creditor:${creditorId}`, 'betaalvoorstel afgewezen', reason);
    const wasHeroverweging = offer.stage === 'heroverweging';
    move(offer, 'afwijzing');
    if (wasHeroverweging) {
      offer.answerDeadline = undefined;
      offer.answerTermSource = undefined;
      fx.alert(
        `${creditorId}/blijft-weigeren`,
        'officer-task',
        `Schuldeiser ${creditorId} blijft weigeren na heroverweging: kies dwangakkoord (Fw art. 287a) of Wsnp-verklaring.`,
      );
      return;
    }
    // A heroverweging is a new request with a term of its own (not the betaalvoorstel's deadline).
    const term = heroverwegingDeadline(on, ctx.policy.heroverwegingWerkdagen);
    offer.answerDeadline = term.deadline;
    offer.answerTermSource = term.source;
    fx.letter(
      'heroverweging',
      toCreditor(creditorId),
      on,
      heroverwegingData(state.status, offer, ctx, { on, reason }, term.deadline),
    );
  },
  'dwangakkoord-verzoek': (state, { officerId, creditorId, date }, _ctx, fx) => {
    const offer = offerOf(state, creditorId);
    move(offer, 'dwangakkoord-verzoek');
    offer.answerDeadline = undefined;
    offer.dwangakkoord = { requestedOn: date };
    // Fw art. 287a lid 1: the verzoek is made together with the request for the Wsnp.
    state.status.wsnp ??= { requestedOn: date, withDwangakkoord: true };
    fx.record(
      officerId,
      'verzoek dwangakkoord ingediend samen met het Wsnp-verzoek (Fw art. 287a lid 1)',
      creditorId,
    );
  },
  'dwangakkoord-zitting': (state, { officerId, creditorId, date }, _ctx, fx) => {
    const d = offerOf(state, creditorId).dwangakkoord!;
    const term = dwangakkoordRulingDeadline(date);
    d.hearingOn = date;
    d.rulingDueBy = term.deadline;
    d.rulingSource = term.source;
    fx.record(
      officerId,
      'zitting dwangakkoord',
      `${creditorId}: ${date}, uitspraak uiterlijk ${d.rulingDueBy} (${term.source})`,
    );
  },
  'dwangakkoord-uitspraak': (state, { officerId, creditorId, date, granted, wsnpToegelaten }, ctx, fx) => {
    const offer = offerOf(state, creditorId);
    Object.assign(offer.dwangakkoord!, { ruledOn: date, granted });
    if (granted) {
      move(offer, 'dwangakkoord-toegewezen');
      fx.record(officerId, 'dwangakkoord toegewezen: schuldeiser gebonden', creditorId);
      return;
    }
    move(offer, 'dwangakkoord-afgewezen');
    fx.record(officerId, 'dwangakkoord afgewezen', creditorId);
    if (wsnpToegelaten !== false && ctx.patched(DWANGAKKOORD_WITH_WSNP)) {
      // Fw art. 287a: refusing the dwangakkoord, the court decides the Wsnp request made with it.
      fx.record(
        officerId,
        'rechtbank beslist op het Wsnp-verzoek: toegelaten tot de Wsnp (Fw art. 287a)',
        creditorId,
      );
      close(state, 'wsnp', date);
      return;
    }
    fx.alert(
      `${creditorId}/dwangakkoord-afgewezen`,
      'officer-task',
      wsnpToegelaten === false
        ? `Dwangakkoord tegen ${creditorId} afgewezen en het Wsnp-verzoek ook: bespreek met de inwoner hoe het verder gaat.`
        : `Dwangakkoord tegen ${creditorId} afgewezen: overweeg de Wsnp-verklaring.`,
    );
  },
  'wsnp-verklaring': (state, { officerId, date, reason, firstAflossingOn }, _ctx, fx) => {
    if (firstAflossingOn)
      state.status.firstAflossingOn = state.status.firstAflossingOn
        ? minCivilDate(state.status.firstAflossingOn, firstAflossingOn)
        : firstAflossingOn;
    fx.record(officerId, 'Wsnp-verklaring afgegeven; minnelijk traject beëindigd (Fw art. 285)', reason);
    if (state.status.firstAflossingOn)
      fx.record('system', 'eerste aflossing minnelijk traject (Fw art. 349a)', state.status.firstAflossingOn);
    close(state, 'wsnp', date);
  },
  ...regelingTransitions,
};
