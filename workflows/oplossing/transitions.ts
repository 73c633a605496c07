import { minCivilDate, type CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';
import { basisPointsOf } from '../../domain/percentage';
import { computeProposal } from '../../domain/proposal';
import {
  bezwaarDeadline,
  creditorAnswerDeadline,
  dwangakkoordRulingDeadline,
  heroverwegingDeadline,
} from '../../domain/terms';
import type { OplossingAction, OplossingActionInput } from './actions';
import { Effects, toCreditor, type OplossingContext } from './effects';
import { divide, proposalClaimsOf } from './offers';
import {
  betaalvoorstelCollectiefData,
  betaalvoorstelData,
  bevestigingFinaleKwijtingData,
  heroverwegingData,
  schuldregelingBeeindigdData,
} from './letters';
import { close, COLLECTIEF_LETTER, DWANGAKKOORD_WITH_WSNP, startRegeling } from './progression';
import { nextStage, type CreditorEvent } from './stages';
import type { CreditorOffer, OplossingState } from './state';

/**
 * What each action does to the oplossing: state + action → changed state + effects as data. The validators
 * (rules.ts) ran first, so every action here is allowed. Pure: no Temporal import. Stage changes go through
 * the stage table (stages.ts).
 */
export type OplossingTransitions = {
  [A in OplossingAction]: (
    state: OplossingState,
    a: OplossingActionInput<A>,
    ctx: OplossingContext,
    fx: Effects,
  ) => void;
};

/** Moves a creditor by the stage table (the validators made sure the event is possible). */
export function move(offer: CreditorOffer, event: CreditorEvent): void {
  const next = nextStage(offer.stage, event);
  if (!next) throw new Error(`Geen overgang ${event} vanuit ${offer.stage} (${offer.creditorId}).`);
  offer.stage = next;
}

const offerOf = (state: OplossingState, id: string) =>
  state.status.creditors.find((c) => c.creditorId === id)!;

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
    for (const offer of status.creditors) {
      const parts = proposal.offers.filter((o) => o.creditorId === offer.creditorId);
      offer.offerCents = parts.reduce((s: Cents, o) => s + o.amount, 0);
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
  'borgstelling-besluit': (state, { by, date, granted }, _ctx, fx) => {
    Object.assign(state.status.borgstelling!, { decidedOn: date, granted, by });
    fx.record('waarborgfonds', granted ? 'borgstelling verleend' : 'borgstelling geweigerd', by);
    if (!granted)
      fx.alert(
        'borgstelling-geweigerd',
        'officer-task',
        'Het waarborgfonds weigert de borgstelling; het krediet gaat zonder borg verder.',
      );
  },
  'borgstelling-vervolg': (state, { officerId, date, route }, ctx, fx) => {
    const { status } = state;
    status.awaitingOfficerChoice = false;
    if (route === 'betalingsregeling') status.form = 'betalingsregeling';
    fx.record(
      officerId,
      route === 'betalingsregeling' ? 'verder als betalingsregeling' : 'saneringskrediet zonder borgstelling',
      date,
    );
    startRegeling(state, ctx, fx);
  },
  betaling: (state, { officerId, date, amount }, _ctx, fx) => {
    const { status } = state;
    const lt = status.looptijd!;
    lt.paidCents += amount;
    lt.payments.push({ date, amountCents: amount });
    status.firstAflossingOn = status.firstAflossingOn ? minCivilDate(status.firstAflossingOn, date) : date;
    fx.record(officerId, 'betaling ontvangen', `${amount} cent op ${date}`);
    if (status.form !== 'betalingsregeling') return; // a credit instalment goes to the kredietbank
    // Each payment is divided over the creditors by what is still open of their offer.
    const shares = divide(
      amount,
      status.creditors.map((c) => Math.max(0, c.offerCents - c.paidCents)),
    );
    shares.forEach((share, i) => (status.creditors[i]!.paidCents += share));
    const seq = ++state.paymentSequence;
    fx.payment(
      `verdeling/${seq}`,
      'betalingsregeling-verdeling',
      date,
      status.creditors.map((c, i) => ({ payee: c.creditorId, amountCents: shares[i]! })),
    );
  },
  'regeling-beeindigen': (state, { officerId, date, reason, grounds, admissionDate }, ctx, fx) => {
    const { status } = state;
    fx.record(officerId, 'regeling beëindigd (Wgs art. 4a lid 6)', reason);
    fx.letter('beeindigingsbeschikking', { to: 'resident' }, date, {
      admissionDate,
      endDate: date,
      grounds,
      bezwaarBefore: bezwaarDeadline(date).deadline,
    });
    if (status.form === 'betalingsregeling') {
      for (const offer of status.creditors) {
        offer.remainingOnRecordCents = offer.claimCents - offer.paidCents;
        fx.letter(
          'schuldregeling-beeindigd',
          toCreditor(offer.creditorId),
          date,
          schuldregelingBeeindigdData(offer, ctx, date, reason),
        );
      }
    } else {
      // Saneringskrediet: the creditors were paid; the kredietbank's loss falls on the borgstelling.
      const lt = status.looptijd!;
      const loss = lt.totalCents - lt.paidCents;
      const b = status.borgstelling;
      if (b?.granted) {
        b.uitbetaling = { on: date, amountCents: loss };
        fx.record('system', 'uitbetaling borgstelling aangevraagd', `${loss} cent`);
        fx.payment('uitbetaling-borgstelling', 'uitbetaling-borgstelling', date, [
          { payee: 'kredietbank', amountCents: loss },
        ]);
      } else fx.record('system', 'geen borgstelling: verlies blijft bij de kredietbank', `${loss} cent`);
    }
    status.ended = { on: date, reason };
    close(state, 'beeindigd', date);
  },
  'finale-kwijting': (state, { creditorId, date }, ctx, fx) => {
    const offer = offerOf(state, creditorId);
    offer.kwijting!.grantedOn = date;
    offer.remainingOnRecordCents = 0;
    fx.record(`creditor:${creditorId}`, 'finale kwijting verleend', date);
    fx.letter(
      'bevestiging-finale-kwijting',
      toCreditor(creditorId),
      ctx.today,
      bevestigingFinaleKwijtingData(offer, ctx, date),
    );
  },
};
