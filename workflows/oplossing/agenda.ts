import { deadlineInstant, startOfDayInstant } from '../../domain/amsterdam-time';
import { addDays, addMonths, compareCivilDates, type CivilDate } from '../../domain/civil-date';
import { creditorAnswerDeadline } from '../../domain/terms';
import type { DeadlineStatus } from '../shared/types';
import { Effects, toCreditor, type OplossingContext } from './effects';
import { herinneringData } from './letters';
import { move } from './transitions';
import { ON_ANSWER_TERM } from './stages';
import type { CreditorOffer, OplossingState } from './state';

/**
 * The oplossing's agenda: every durable timer, derived from the state (never stored), each with what happens
 * when it fires (state change + effects as data). Pure: no Temporal import; the shell sleeps until the first
 * item and fires it. An item fires once: its key goes into `state.done`, which travels with continue-as-new.
 */
export interface AgendaItem {
  key: string;
  /** Epoch ms (workflow time). */
  at: number;
  fire: (state: OplossingState, ctx: OplossingContext, fx: Effects) => void;
}

/** One step of a term (reminder ahead, breach after): the shared definition (workflows/shared/deadline-watch). */
export interface TermStepLike {
  step: string;
  at: number;
  fire(today: CivilDate): {
    action: string;
    detail: string;
    alert: {
      key: string;
      kind: 'deadline-reminder' | 'deadline-breached';
      audience: 'officer' | 'supervisor';
      message: string;
    };
  };
}
export type TermStepsOf = (d: DeadlineStatus, reminderLeadWerkdagen: number) => TermStepLike[];

/** patched(): the oplossing wakes the day after each unpaid due date (arrears shown that day). */
export const ARREARS_ON_DUE_DATE = 'arrears-on-due-date';

/** The items still to fire, earliest first (ties by key). */
export function agendaOf(state: OplossingState, ctx: OplossingContext, termSteps: TermStepsOf): AgendaItem[] {
  const items = [
    ...schuldregelingTerm(state, ctx, termSteps),
    ...answerTerms(state),
    ...borgstellingTerm(state),
    ...looptijdItems(state, ctx),
    ...kwijtingTerm(state),
    ...nazorgItems(state, ctx),
  ];
  return items
    .filter((i) => !state.done.includes(i.key))
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}

/** The 120-day schuldregeling term (NVVK module Schuldregeling), enforced like the statutory terms. */
function schuldregelingTerm(
  state: OplossingState,
  ctx: OplossingContext,
  termSteps: TermStepsOf,
): AgendaItem[] {
  const { status } = state;
  const term = status.deadlines.find((d) => d.kind === 'schuldregeling');
  if (
    !term ||
    term.state !== 'open' ||
    !['voorbereiding', 'betaalvoorstel', 'borgstelling'].includes(status.phase)
  )
    return [];
  return termSteps(term, ctx.policy.reminderLeadWerkdagen).map((step) => ({
    key: `schuldregeling/${step.step}`,
    at: step.at,
    fire: (_s, c, fx) => {
      const { action, detail, alert } = step.fire(c.today);
      fx.record('system', action, detail);
      fx.alert(`schuldregeling/${alert.key}`, alert.kind, alert.message, alert.audience, term.deadline);
    },
  }));
}

/** Each creditor's answer term (betaalvoorstel, reminder, heroverweging) and the court's ruling term. */
function answerTerms(state: OplossingState): AgendaItem[] {
  if (state.status.phase !== 'betaalvoorstel') return [];
  const items: AgendaItem[] = [];
  for (const offer of state.status.creditors) {
    if (offer.answerDeadline && ON_ANSWER_TERM.includes(offer.stage))
      items.push({
        key: `${offer.creditorId}/antwoord/${offer.stage}/${offer.answerDeadline}`,
        at: deadlineInstant(offer.answerDeadline),
        fire: (_s, ctx, fx) => answerTermPassed(offer, ctx, fx),
      });
    const d = offer.dwangakkoord;
    if (offer.stage === 'dwangakkoord' && d?.rulingDueBy && !d.ruledOn)
      items.push({
        key: `${offer.creditorId}/uitspraak`,
        at: deadlineInstant(d.rulingDueBy),
        fire: (_s, _c, fx) =>
          fx.alert(
            `${offer.creditorId}/uitspraak`,
            'officer-task',
            `Uitspraak dwangakkoord ${offer.creditorId} verwacht uiterlijk ${d.rulingDueBy} (${d.rulingSource ?? 'Fw art. 287a'}): leg de uitspraak vast.`,
          ),
      });
  }
  return items;
}

/** The answer term passed: a reminder (with a new term), then the officer; a silent heroverweging is reported. */
export function answerTermPassed(offer: CreditorOffer, ctx: OplossingContext, fx: Effects): void {
  const on = ctx.today;
  if (offer.stage === 'voorgesteld') {
    const term = creditorAnswerDeadline(on, ctx.policy.creditorAnswerWerkdagen);
    move(offer, 'termijn-verstreken');
    const originalLetterDate = offer.proposalSentOn!;
    offer.answerDeadline = term.deadline;
    offer.answerTermSource = term.source;
    fx.record('system', 'herinnering betaalvoorstel', offer.creditorId);
    fx.letter(
      'herinnering-betaalvoorstel',
      toCreditor(offer.creditorId),
      on,
      herinneringData(offer, ctx, originalLetterDate, term.deadline),
    );
  } else if (offer.stage === 'herinnerd') {
    move(offer, 'termijn-verstreken');
    fx.record('system', 'geen antwoord op betaalvoorstel: geëscaleerd', offer.creditorId);
    fx.alert(
      `${offer.creditorId}/stil`,
      'creditor-silent',
      `Schuldeiser ${offer.creditorId} reageert niet op het betaalvoorstel: neem contact op of vraag een dwangakkoord.`,
    );
  } else if (offer.stage === 'heroverweging') {
    fx.record('system', 'geen antwoord op heroverweging', offer.creditorId);
    fx.alert(
      `${offer.creditorId}/heroverweging-stil`,
      'creditor-silent',
      `Schuldeiser ${offer.creditorId} reageert niet op de heroverweging.`,
    );
  }
}

/** The fund's maatwerk decision term. */
function borgstellingTerm(state: OplossingState): AgendaItem[] {
  const b = state.status.borgstelling;
  if (state.status.phase !== 'borgstelling' || !b || b.decidedOn || !b.decisionBefore) return [];
  return [
    {
      key: 'borgstelling/termijn',
      at: deadlineInstant(b.decisionBefore),
      fire: (_s, _c, fx) =>
        fx.alert(
          'borgstelling/termijn',
          'officer-task',
          `Het waarborgfonds heeft niet besloten vóór ${b.decisionBefore}: neem contact op.`,
        ),
    },
  ];
}

/** Per instalment a reminder and an officer task when unpaid; periodic reviews; the end of the looptijd. */
function looptijdItems(state: OplossingState, ctx: OplossingContext): AgendaItem[] {
  const lt = state.status.looptijd;
  if (state.status.phase !== 'looptijd' || !lt) return [];
  const { policy } = ctx;
  const grace = policy.betalingsregelingGraceDays;
  const items: AgendaItem[] = [];
  let cumulative = 0;
  for (const i of lt.instalments) {
    cumulative += i.amount;
    const through = cumulative;
    const behind = () => lt.paidCents < through;
    // The day after its due date an instalment is arrears: wake then, so status and search attributes say so.
    if (behind() && ctx.patched(ARREARS_ON_DUE_DATE))
      items.push({
        key: `termijn-${i.number}/vervallen`,
        at: startOfDayInstant(addDays(i.dueDate!, 1)),
        fire: () => {},
      });
    // Product choice (policy.betalingsregelingGraceDays): reminder after the grace period, officer task after twice it.
    items.push({
      key: `termijn-${i.number}/herinnering`,
      at: deadlineInstant(addDays(i.dueDate!, grace)),
      fire: (_s, _c, fx) => {
        if (!behind()) return;
        fx.record(
          'system',
          'herinnering betaling',
          `termijn ${i.number} (${i.dueDate}), achterstand ${through - lt.paidCents} cent`,
        );
        fx.alert(
          `termijn-${i.number}/herinnering`,
          'deadline-reminder',
          `Betaling termijn ${i.number} (vervallen ${i.dueDate}) niet ontvangen: herinner de inwoner.`,
          'officer',
          i.dueDate,
        );
      },
    });
    items.push({
      key: `termijn-${i.number}/taak`,
      at: deadlineInstant(addDays(i.dueDate!, 2 * grace)),
      fire: (_s, _c, fx) => {
        if (!behind()) return;
        fx.record('system', 'betaling blijft uit: taak voor de consulent', `termijn ${i.number}`);
        fx.alert(
          `termijn-${i.number}/taak`,
          'officer-task',
          `Termijn ${i.number} blijft onbetaald: spreek de inwoner; beëindig zo nodig de regeling.`,
          'officer',
          i.dueDate,
        );
      },
    });
  }
  // Periodic review of income and costs (policy.reviewIntervalMonths, NVVK module Schuldregeling: monitoring).
  for (
    let n = 1;
    compareCivilDates(addMonths(lt.startDate, n * policy.reviewIntervalMonths), lt.endDate) < 0;
    n++
  ) {
    const on = addMonths(lt.startDate, n * policy.reviewIntervalMonths);
    items.push({
      key: `review-${n}`,
      at: startOfDayInstant(on),
      fire: (s, _c, fx) => {
        s.status.reviewsDone++;
        fx.record('system', 'periodieke controle', on);
        fx.alert(
          `review-${n}`,
          'officer-task',
          `Periodieke controle schuldregeling (${on}): is het inkomen of zijn de lasten veranderd?`,
        );
      },
    });
  }
  items.push({
    key: 'looptijd/einde',
    at: deadlineInstant(lt.endDate),
    fire: (_s, _c, fx) => {
      lt.endReached = true;
      if (lt.paidCents < lt.totalCents)
        fx.alert(
          'looptijd/einde',
          'officer-task',
          `Looptijd voorbij (${lt.endDate}) maar nog ${lt.totalCents - lt.paidCents} cent open.`,
        );
    },
  });
  return items;
}

/** The last finale-kwijting answer term: the silent creditors are reported. */
function kwijtingTerm(state: OplossingState): AgendaItem[] {
  if (state.status.phase !== 'finale-kwijting') return [];
  const asked = state.status.creditors.filter((c) => c.kwijting);
  const last = asked
    .map((c) => c.kwijting!.answerBefore)
    .sort()
    .pop();
  if (!last) return [];
  return [
    {
      key: 'kwijting/termijn',
      at: deadlineInstant(last),
      fire: (_s, _c, fx) => {
        const silent = asked.filter((c) => !c.kwijting!.grantedOn).map((c) => c.creditorId);
        if (silent.length)
          fx.alert(
            'kwijting/termijn',
            'creditor-silent',
            `Geen finale kwijting ontvangen van: ${silent.join(', ')}.`,
          );
      },
    },
  ];
}

/** Nazorg is part of debt assistance (Wgs art. 1); check-ins per policy.nazorgCheckInMonths (NVVK module Nazorg). */
function nazorgItems(state: OplossingState, ctx: OplossingContext): AgendaItem[] {
  if (state.status.phase !== 'nazorg') return [];
  const end = state.status.looptijd!.endDate;
  return ctx.policy.nazorgCheckInMonths.map((m, i) => {
    const on = addMonths(end, m);
    return {
      key: `nazorg/${i}`,
      at: startOfDayInstant(on),
      fire: (s, _c, fx) => {
        s.status.nazorgDone++;
        fx.record('system', 'nazorg contactmoment', `${m} maanden na de looptijd`);
        fx.alert(
          `nazorg/${i}`,
          'officer-task',
          `Nazorg: contactmoment ${m} maanden na de schuldregeling (${on}).`,
        );
      },
    };
  });
}
