import { assessBorgstelling } from '../../domain/borgstelling';
import { addWerkdagen } from '../../domain/calendar';
import { addMonths, compareCivilDates, type CivilDate } from '../../domain/civil-date';
import { waarborgfondsSettings } from '../../domain/policy';
import {
  isAutomaticBorgstelling,
  repaymentSchedule,
  saneringskredietAmount,
  waarborgfondsPremium,
} from '../../domain/proposal';
import { borgstellingDecisionDeadline, creditorAnswerDeadline, looptijdEnd } from '../../domain/terms';
import { Effects, toCreditor, type OplossingContext } from './effects';
import type { OplossingOutcome } from './input';
import {
  aanvraagBorgstellingData,
  bevestigingSchuldregelingData,
  schuldregelingAkkoordData,
  verzoekFinaleKwijtingData,
} from './letters';
import { AGREED } from './stages';
import type { Borgstelling, OplossingState } from './state';

/**
 * The phase changes that follow from the state (not from one action): all agreed → borgstelling → looptijd →
 * finale kwijting → nazorg → afgesloten. Pure: state + context → changed state + effects (no Temporal import).
 */

/** Oplossingen started before the fund's own rules (domain/borgstelling.ts) keep the old € 5.000 rule. */
export const BORGSTELLING_FUND_RULES = 'borgstelling-fund-rules';
/** Oplossingen before collectief schuldregelen sent the betaalvoorstel-collectief letter. */
export const COLLECTIEF_LETTER = 'betaalvoorstel-collectief';
/** Oplossingen before a refused dwangakkoord let the court decide the Wsnp request (Fw art. 287a). */
export const DWANGAKKOORD_WITH_WSNP = 'dwangakkoord-met-wsnp';

export function close(state: OplossingState, outcome: OplossingOutcome, on: CivilDate): void {
  const { status } = state;
  status.outcome = outcome;
  status.closedOn = on;
  status.phase = 'afgesloten';
  for (const d of status.deadlines) if (d.state === 'open') d.state = 'cancelled';
}

/** Moves on as far as the state allows; every step's effects in order. */
export function advance(state: OplossingState, ctx: OplossingContext, fx: Effects): void {
  const { status } = state;
  const { policy } = ctx;
  for (;;) {
    const before = status.phase;
    const lt = status.looptijd;
    if (status.phase === 'betaalvoorstel' && status.creditors.every((c) => AGREED.includes(c.stage)))
      allAgreed(state, ctx, fx);
    else if (
      status.phase === 'borgstelling' &&
      status.borgstelling?.decidedOn &&
      !status.awaitingOfficerChoice
    )
      startRegeling(state, ctx, fx);
    else if (status.phase === 'looptijd' && lt!.endReached && lt!.paidCents >= lt!.totalCents)
      startFinaleKwijting(state, ctx, fx);
    else if (
      status.phase === 'finale-kwijting' &&
      (state.done.includes('kwijting/termijn') ||
        status.creditors.every((c) => !c.kwijting || c.kwijting.grantedOn))
    ) {
      status.phase = 'nazorg';
      fx.record('system', 'nazorg begint', policy.nazorgCheckInMonths.map((m) => `${m} mnd`).join(', '));
    } else if (
      status.phase === 'nazorg' &&
      policy.nazorgCheckInMonths.every((_, i) => state.done.includes(`nazorg/${i}`))
    ) {
      fx.record('system', 'nazorg afgerond; schuldregeling afgesloten');
      close(state, 'afgerond', ctx.today);
    }
    if (status.phase === before) return;
  }
}

function allAgreed(state: OplossingState, ctx: OplossingContext, fx: Effects): void {
  const { status } = state;
  const on = ctx.today;
  status.agreedOn = on;
  const term = status.deadlines.find((d) => d.kind === 'schuldregeling')!;
  if (term.state === 'open' || term.state === 'breached') {
    term.metOn = on;
    if (term.state === 'open') term.state = compareCivilDates(on, term.deadline) <= 0 ? 'met' : 'breached';
  }
  fx.record('system', 'alle schuldeisers akkoord', on);
  if (status.form !== 'saneringskrediet' || !status.waarborgfonds) return startRegeling(state, ctx, fx);
  const loan = saneringskredietAmount(status.creditors.map((c) => ({ amount: c.offerCents })));
  const months = ctx.policy.looptijdMonths;
  const monthly = repaymentSchedule(loan, months)[0]!.amount;
  status.phase = 'borgstelling';
  if (loan > 0 && ctx.patched(BORGSTELLING_FUND_RULES))
    return requestBorgstelling(state, ctx, fx, loan, monthly);
  // Oplossingen from before the fund's rules: automatic up to and including € 5.000, premium rounded.
  const { automaticThresholdCents, premiumBasisPoints } = ctx.policy.waarborgfonds;
  const automatic = isAutomaticBorgstelling(loan, automaticThresholdCents);
  const b: Borgstelling = {
    requestedOn: on,
    loanCents: loan,
    premiumCents: waarborgfondsPremium(loan, premiumBasisPoints),
    automatic,
    ...(automatic
      ? { decidedOn: on, granted: true, by: 'automatisch' }
      : { decisionBefore: addWerkdagen(on, ctx.policy.waarborgfonds.decisionWerkdagen) }),
  };
  status.borgstelling = b;
  fx.record(
    'system',
    automatic ? 'borgstelling automatisch (≤ € 5.000)' : 'borgstelling aangevraagd, wacht op het fonds',
    `${loan} cent`,
  );
  fx.letter(
    'aanvraag-borgstelling',
    { to: 'waarborgfonds' },
    on,
    aanvraagBorgstellingData(status, b, ctx, monthly, automaticThresholdCents, premiumBasisPoints),
  );
}

/** The kredietbank applies and pays the premium; the fund's rule decides at once, or the fund decides (maatwerk). */
function requestBorgstelling(
  state: OplossingState,
  ctx: OplossingContext,
  fx: Effects,
  loan: number,
  monthly: number,
): void {
  const { status } = state;
  const on = ctx.today;
  const settings = waarborgfondsSettings(ctx.policy);
  const assessed = assessBorgstelling({
    brutoKredietsomCents: loan,
    looptijdMaanden: ctx.policy.looptijdMonths,
    gemeenteAangesloten: settings.gemeenteAangesloten(status.gemeente),
    categorie: settings.categorie,
  });
  const b: Borgstelling = {
    requestedOn: on,
    appliedBy: status.kredietbank!,
    loanCents: loan,
    premiumCents: assessed.premiumCents,
    automatic: assessed.outcome === 'geaccepteerd',
    assessment: assessed.outcome,
    reason: assessed.reason,
  };
  status.borgstelling = b;
  if (assessed.outcome === 'afgewezen') {
    Object.assign(b, { decidedOn: on, granted: false, by: 'regels waarborgfonds' });
    status.awaitingOfficerChoice = true;
    fx.record('system', 'borgstelling afgewezen volgens de regels van het waarborgfonds', assessed.reason);
    fx.alert(
      'borgstelling-afgewezen',
      'officer-task',
      `${assessed.reason} Kies hoe het verder gaat: een betalingsregeling, het krediet zonder borgstelling, of de Wsnp-verklaring.`,
    );
    return;
  }
  if (assessed.outcome === 'geaccepteerd')
    Object.assign(b, { decidedOn: on, granted: true, by: 'automatisch' });
  else
    b.decisionBefore = borgstellingDecisionDeadline(on, ctx.policy.waarborgfonds.decisionWerkdagen).deadline;
  fx.record(
    'system',
    assessed.outcome === 'geaccepteerd'
      ? `borgstelling automatisch geaccepteerd; premie ${b.premiumCents} cent, betaald door de kredietbank`
      : 'borgstelling aangevraagd door de kredietbank (maatwerk), wacht op het fonds',
    `${loan} cent`,
  );
  const data = aanvraagBorgstellingData(
    status,
    b,
    ctx,
    monthly,
    settings.categorie.maatwerkVanafCents,
    settings.categorie.premieBasisPoints,
  );
  fx.letter('aanvraag-borgstelling', { to: 'waarborgfonds' }, on, data);
}

export function startRegeling(state: OplossingState, ctx: OplossingContext, fx: Effects): void {
  const { status } = state;
  const start = ctx.today;
  const months = ctx.policy.looptijdMonths;
  const total = saneringskredietAmount(status.creditors.map((c) => ({ amount: c.offerCents })));
  const end = looptijdEnd(start, months);
  const instalments = repaymentSchedule(total, months, addMonths(start, 1));
  const lt = {
    startDate: start,
    endDate: end.deadline,
    instalments,
    totalCents: total,
    paidCents: 0,
    payments: [],
    endReached: false,
  };
  status.looptijd = lt;
  status.phase = 'looptijd';
  fx.record(
    'system',
    'schuldregeling tot stand; looptijd begint',
    `${start} t/m ${end.deadline} (${end.source})`,
  );
  if (status.form === 'saneringskrediet') {
    // The kredietbank pays every offer at once, against finale kwijting, and becomes the only creditor.
    for (const offer of status.creditors) {
      offer.paidCents = offer.offerCents;
      offer.remainingOnRecordCents = offer.grantsFinaleKwijting ? 0 : offer.claimCents - offer.offerCents;
    }
    fx.record('system', 'saneringskrediet uitbetaald aan alle schuldeisers', `${total} cent`);
    fx.payment(
      'saneringskrediet',
      'saneringskrediet-uitbetaling',
      start,
      status.creditors.map((c) => ({ payee: c.creditorId, amountCents: c.offerCents })),
    );
  }
  for (const offer of status.creditors)
    fx.letter(
      'schuldregeling-akkoord',
      toCreditor(offer.creditorId),
      start,
      schuldregelingAkkoordData(status, offer, ctx, lt),
    );
  fx.letter(
    'bevestiging-schuldregeling',
    { to: 'resident' },
    start,
    bevestigingSchuldregelingData(status, ctx, lt, instalments),
  );
  // The case's creditor tracks end their pauses: schuldregeling tot stand.
  fx.signalCase(start);
}

function startFinaleKwijting(state: OplossingState, ctx: OplossingContext, fx: Effects): void {
  const { status } = state;
  const on = ctx.today;
  status.phase = 'finale-kwijting';
  const lt = status.looptijd!;
  fx.record('system', 'looptijd voltooid', lt.endDate);
  if (status.borgstelling?.granted) {
    status.borgstelling.endedOn = on;
    fx.record('system', 'borgstelling beëindigd: krediet afgelost');
  }
  if (status.form === 'saneringskrediet') return; // kwijting was granted against the kredietbank's payment
  const term = creditorAnswerDeadline(on, ctx.policy.creditorAnswerWerkdagen);
  for (const offer of status.creditors) {
    const remaining = offer.claimCents - offer.paidCents;
    if (!offer.grantsFinaleKwijting) {
      // CJIB and DUO (and a creditor recorded as granting none) keep their remaining claims on record.
      offer.remainingOnRecordCents = remaining;
      fx.record('system', 'geen finale kwijting: restant blijft', `${offer.creditorId}: ${remaining} cent`);
      continue;
    }
    offer.kwijting = { askedOn: on, answerBefore: term.deadline };
    fx.letter(
      'verzoek-finale-kwijting',
      toCreditor(offer.creditorId),
      on,
      verzoekFinaleKwijtingData(status, offer, ctx, term.deadline),
    );
  }
}
