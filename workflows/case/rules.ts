import { compareCivilDates, type CivilDate } from '../../domain/civil-date';
import { MORATORIUM_MAX_MONTHS, moratoriumEnd } from '../../domain/terms';
import { mustExist, notBefore, notInFuture } from '../shared/guards';
import { refuse } from '../shared/validation';
import type { CaseAction, CaseActionInput } from './actions';
import type { CaseStatus } from './messages';
import { noodstopHolds } from './noodstop';
import { phaseRefusal } from './phases';
import { activeCreditors } from './state';
import type { CreditorSummary } from './types';

/**
 * The case's own rules for each officer action, after its zod schema passed: each refuses with a Dutch
 * reason (a Refusal) or returns, and never changes anything. Pure; `today` is the workflow's Amsterdam date.
 */
export interface RuleContext {
  status: CaseStatus;
  today: CivilDate;
}

type Rules = { [A in CaseAction]: (ctx: RuleContext, input: CaseActionInput<A>) => void };

export function knownCreditor(status: CaseStatus, creditorId: string): CreditorSummary {
  return mustExist(
    status.creditors.find((c) => c.creditorId === creditorId && !c.removed),
    `Schuldeiser ${creditorId} is niet bekend in deze zaak.`,
  );
}

/** The day an action happened: its own date, else the day it was recorded; never in the future. */
export function actionDate(input: { date?: CivilDate }, today: CivilDate): CivilDate {
  return input.date ?? today;
}

/** An optional action date lies between the request and today. */
function happenedInCase(ctx: RuleContext, date: CivilDate | undefined, what = 'De datum'): void {
  if (date === undefined) return;
  notBefore(date, ctx.status.requestDate, what);
  notInFuture(date, ctx.today, what);
}

export const caseRules: Rules = {
  'plan-eerste-gesprek': (ctx, { appointment, date }) => {
    notBefore(appointment.date, ctx.today, 'De datum van het gesprek');
    happenedInCase(ctx, date);
  },
  'eerste-gesprek': (ctx, { date }) => {
    notBefore(date, ctx.status.requestDate, 'De datum van het gesprek');
    notInFuture(date, ctx.today, 'De datum van het gesprek');
  },
  withdrawal: (ctx, { date }) => {
    notBefore(date, ctx.status.requestDate, 'De datum');
    notInFuture(date, ctx.today, 'De datum');
  },
  'beschikking-toelating': (ctx, { date }) => {
    notBefore(date, ctx.status.eersteGesprekOn!, 'De beschikking');
    notInFuture(date, ctx.today, 'De beschikking');
  },
  'beschikking-afwijzing': (ctx, { date }) => {
    notBefore(date, ctx.status.eersteGesprekOn!, 'De beschikking');
    notInFuture(date, ctx.today, 'De beschikking');
  },
  'creditor-add': (ctx, { creditor, claims, date }) => {
    if (ctx.status.creditors.some((c) => c.creditorId === creditor.id))
      refuse(`Schuldeiser ${creditor.id} bestaat al in deze zaak; gebruik corrigeren.`);
    if (claims.some((c) => c.creditorId !== creditor.id))
      refuse('Elke vordering moet van deze schuldeiser zijn.');
    happenedInCase(ctx, date);
  },
  'creditor-correct': (ctx, { creditor, date }) => {
    knownCreditor(ctx.status, creditor.id);
    happenedInCase(ctx, date);
  },
  'creditor-remove': (ctx, { creditorId, date }) => {
    knownCreditor(ctx.status, creditorId);
    happenedInCase(ctx, date);
  },
  'claim-record': (ctx, { claim, date }) => {
    knownCreditor(ctx.status, claim.creditorId);
    happenedInCase(ctx, date);
  },
  'noodstop-pull': (ctx, { date }) => {
    const { noodstop } = ctx.status;
    if (noodstop && noodstopHolds(noodstop)) refuse(`De noodstop is al actief (tot ${noodstop.endDate}).`);
    if (activeCreditors(ctx.status).length === 0)
      refuse('Er zijn geen schuldeisers om een noodstop naar te sturen.');
    happenedInCase(ctx, date, 'De datum van de noodstop');
  },
  'noodstop-lift': (ctx, { date }) => {
    const { noodstop } = ctx.status;
    if (!noodstop || !noodstopHolds(noodstop)) refuse('Er is geen actieve noodstop om op te heffen.');
    happenedInCase(ctx, date, 'De datum van het opheffen');
    if (date !== undefined) notBefore(date, noodstop.pulledOn, 'De datum van het opheffen');
  },
  'collection-breach': (ctx, { creditorId, date }) => {
    knownCreditor(ctx.status, creditorId);
    notInFuture(date, ctx.today, 'De datum');
  },
  'moratorium-request': (ctx, { date }) => {
    notInFuture(date, ctx.today, 'De datum');
    const { moratorium } = ctx.status;
    if (moratorium && moratorium.decidedOn === undefined)
      refuse(`Er loopt al een verzoek om een moratorium (sinds ${moratorium.requestedOn}).`);
  },
  'moratorium-decision': (ctx, { date, granted, endDate }) => {
    const { moratorium } = ctx.status;
    if (!moratorium || moratorium.decidedOn !== undefined)
      refuse('Er is geen openstaand verzoek om een moratorium.');
    notBefore(date, moratorium.requestedOn, 'De uitspraak');
    if (!granted) return;
    if (!endDate) refuse('endDate: de einddatum van het moratorium ontbreekt.');
    const max = moratoriumEnd(date, MORATORIUM_MAX_MONTHS); // Wgs art. 5: ten hoogste zes maanden
    if (compareCivilDates(endDate, date) <= 0) refuse('endDate moet na de uitspraak liggen.');
    if (compareCivilDates(endDate, max.deadline) > 0)
      refuse(`endDate: een moratorium duurt ten hoogste zes maanden, tot ${max.deadline} (${max.source}).`);
  },
  'stabilisatie-complete': (ctx, { date }) => {
    notInFuture(date, ctx.today, 'De datum');
    const open = activeCreditors(ctx.status).filter(
      (c) => c.answer === undefined && c.claimAmount === undefined,
    );
    if (open.length) refuse(`Nog geen saldo of antwoord van: ${open.map((c) => c.name).join(', ')}.`);
  },
};

/** Phase first (the table in ./phases), then the action's own rule. */
export function checkCaseAction<A extends CaseAction>(
  action: A,
  ctx: RuleContext,
  input: CaseActionInput<A>,
): void {
  const refusal = phaseRefusal(action, ctx.status.phase);
  if (refusal) refuse(refusal);
  caseRules[action](ctx, input);
}
