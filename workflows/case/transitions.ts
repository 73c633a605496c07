import { compareCivilDates, type CivilDate } from '../../domain/civil-date';
import type { Policy } from '../../domain/policy';
import type { Aanmelding } from '../../domain/records';
import { beschikkingDeadline, MORATORIUM_SOURCE } from '../../domain/terms';
import type { TrackClosed } from '../creditor-track/messages';
import type { CaseAction, CaseActionInput } from './actions';
import { record, type CaseEffect } from './effects';
import { beschikkingAfwijzing, beschikkingToelating, uitnodigingEersteGesprek } from './letters';
import type { CaseStatus } from './messages';
import { endNoodstop, extendNoodstop, noodstopHolds, pullNoodstop } from './noodstop';
import { nextPhase } from './phases';
import { actionDate, knownCreditor } from './rules';
import { initialSummary, type CaseState } from './state';

/**
 * What each officer action does to a case: it changes `state` (in place) and returns the effects as data, in
 * the order the shell must run them. Pure: the day and the patches in force come in through the context.
 * Every action records the day it happened (`on`) and the officer who recorded it (`by`).
 */
export interface TransitionContext {
  aanmelding: Aanmelding;
  policy: Policy;
  today: CivilDate;
  /** patched('late-gesprek-alert'): a gesprek planned after the statutory term alerts the supervisor. */
  lateGesprekAlert: boolean;
  /** patched('moratorium-to-tracks'): a granted moratorium is signalled to every track, which lists it as a pause. */
  moratoriumToTracks: boolean;
}

type Transitions = {
  [A in CaseAction]: (state: CaseState, input: CaseActionInput<A>, ctx: TransitionContext) => CaseEffect[];
};

const deadlineOf = (status: CaseStatus, kind: string) => status.deadlines.find((d) => d.kind === kind);

/** The act a term waits for happened on `on`: met when in time, else it stays marked as breached. */
export function meetDeadline(status: CaseStatus, kind: string, on: CivilDate): void {
  const d = deadlineOf(status, kind);
  if (!d || d.state === 'met' || d.state === 'cancelled') return;
  d.metOn = on;
  if (d.state === 'open') d.state = compareCivilDates(on, d.deadline) <= 0 ? 'met' : 'breached';
}

/** Closes the case: open terms cancelled, a holding noodstop ends, the tracks end unless a regeling runs. */
export function closeCase(status: CaseStatus, reason: string, on: CivilDate): CaseEffect[] {
  status.phase = 'afgesloten';
  status.closedReason = reason;
  for (const d of status.deadlines) if (d.state === 'open') d.state = 'cancelled';
  if (status.noodstop && noodstopHolds(status.noodstop))
    status.noodstop = endNoodstop(status.noodstop, 'zaak-gesloten', on).noodstop;
  if (status.schuldregelingAgreedOn) return [];
  const closed: TrackClosed = { on, reason: 'hulp-beeindigd' };
  return [{ kind: 'to-tracks', message: { signal: 'closed', closed } }];
}

/** The warning when a gesprek is planned after the statutory deadline (Wgs art. 4), or undefined. */
export function lateGesprekWarning(status: CaseStatus, appointmentDate: CivilDate): string | undefined {
  const term = deadlineOf(status, 'eerste-gesprek');
  if (!term || compareCivilDates(appointmentDate, term.deadline) <= 0) return undefined;
  return `Het gesprek op ${appointmentDate} valt na de wettelijke termijn: uiterlijk ${term.deadline} (${term.source}).`;
}

export const caseTransitions: Transitions = {
  'plan-eerste-gesprek': (state, { officerId, appointment, date }, ctx) => {
    const { status } = state;
    const on = actionDate({ date }, ctx.today);
    const warning = lateGesprekWarning(status, appointment.date);
    status.eersteGesprekPlanned = warning ? { ...appointment, warning } : appointment;
    const term = deadlineOf(status, 'eerste-gesprek')!;
    const effects: CaseEffect[] = [
      record(officerId, 'eerste gesprek gepland', `${appointment.date} ${appointment.time}`, {
        on,
        ...(warning ? { warning } : {}),
      }),
      {
        kind: 'letter',
        letter: uitnodigingEersteGesprek(
          ctx.aanmelding,
          appointment,
          status.crisis,
          term.deadline,
          ctx.today,
          ctx.policy.beschikkingVerordeningWeeks,
        ),
      },
    ];
    if (warning && ctx.lateGesprekAlert)
      effects.push({
        kind: 'alert',
        key: `eerste-gesprek/te-laat-gepland/${appointment.date}`,
        audience: 'supervisor',
        notification: 'officer-task',
        message: warning,
        deadline: term.deadline,
      });
    return effects;
  },
  'eerste-gesprek': (state, { officerId, date }, ctx) => {
    const { status } = state;
    status.eersteGesprekOn = date;
    meetDeadline(status, 'eerste-gesprek', date);
    const term = beschikkingDeadline(date, ctx.policy.beschikkingVerordeningWeeks);
    status.deadlines.push({ kind: term.kind, deadline: term.deadline, source: term.source, state: 'open' });
    status.phase = nextPhase(status.phase, 'eerste-gesprek');
    return [record(officerId, 'eerste gesprek gehouden', date, { on: date })];
  },
  withdrawal: (state, { officerId, date, reason }) => {
    const d = deadlineOf(state.status, 'eerste-gesprek');
    if (d && d.state === 'open') d.state = 'cancelled';
    const effects = closeCase(state.status, 'ingetrokken', date);
    return [...effects, record(officerId, 'hulpvraag ingetrokken', reason, { on: date })];
  },
  'beschikking-toelating': (state, { officerId, date, plan }, ctx) => {
    const { status } = state;
    meetDeadline(status, 'beschikking', date);
    status.beschikking = { decision: 'toelating', on: date, sentOn: ctx.today };
    state.helpStartedOn = date;
    status.phase = nextPhase(status.phase, 'beschikking-toelating');
    const effects: CaseEffect[] = [
      record(officerId, 'beschikking: toelating', plan.goal, { on: date }),
      {
        kind: 'letter',
        letter: beschikkingToelating(ctx.aanmelding, date, ctx.today, status.eersteGesprekOn!, plan),
      },
    ];
    // The help has started: a holding noodstop gets its extension.
    const extended = extendNoodstop(status.noodstop, date, ctx.policy);
    if (extended) {
      status.noodstop = extended.noodstop;
      effects.push(record('system', 'noodstop verlengd', extended.noodstop.endDate));
      effects.push({ kind: 'to-tracks', message: { signal: 'noodstop', change: extended.change } });
    }
    effects.push({ kind: 'to-tracks', message: { signal: 'stabilisatie-started', on: date } });
    return effects;
  },
  'beschikking-afwijzing': (state, { officerId, date, grounds }, ctx) => {
    const { status } = state;
    meetDeadline(status, 'beschikking', date);
    status.beschikking = { decision: 'afwijzing', on: date, sentOn: ctx.today };
    const letter = beschikkingAfwijzing(ctx.aanmelding, date, ctx.today, status.eersteGesprekOn, grounds);
    return [
      record(officerId, 'beschikking: afwijzing', grounds.map((g) => g.ground).join(', '), { on: date }),
      { kind: 'letter', letter },
      ...closeCase(status, 'afgewezen', date),
    ];
  },
  'creditor-add': (state, { officerId, creditor, claims, date }, ctx) => {
    state.creditors.push(creditor);
    const withPreferent = claims.map((c) => ({ ...c, preferent: c.preferent ?? false }));
    state.claims.push(...withPreferent);
    state.status.creditors.push(initialSummary(creditor, withPreferent));
    return [
      record(officerId, 'schuldeiser toegevoegd', creditor.id, { on: actionDate({ date }, ctx.today) }),
      { kind: 'start-track', creditor },
    ];
  },
  'creditor-correct': (state, { officerId, creditor, date }, ctx) => {
    state.creditors = state.creditors.map((c) => (c.id === creditor.id ? creditor : c));
    knownCreditor(state.status, creditor.id).name = creditor.name;
    return [
      record(officerId, 'schuldeiser gecorrigeerd', creditor.id, { on: actionDate({ date }, ctx.today) }),
      { kind: 'to-track', creditorId: creditor.id, message: { signal: 'corrected', creditor } },
    ];
  },
  'creditor-remove': (state, { officerId, creditorId, reason, date }, ctx) => {
    knownCreditor(state.status, creditorId).removed = true;
    const on = actionDate({ date }, ctx.today);
    return [
      record(officerId, 'schuldeiser verwijderd', `${creditorId}: ${reason}`, { on }),
      { kind: 'to-track', creditorId, message: { signal: 'closed', closed: { on, reason: 'verwijderd' } } },
    ];
  },
  'claim-record': (state, { officerId, claim, date }, ctx) => {
    const full = { ...claim, preferent: claim.preferent ?? false };
    const summary = knownCreditor(state.status, claim.creditorId);
    summary.claimAmount = (summary.claimAmount ?? 0) + claim.amount;
    return [
      record(officerId, 'vordering vastgelegd', claim.creditorId, { on: actionDate({ date }, ctx.today) }),
      {
        kind: 'to-track',
        creditorId: claim.creditorId,
        message: { signal: 'claim', claim: full, officerId },
      },
    ];
  },
  'noodstop-pull': (state, { officerId, reason, date }, ctx) => {
    const on = actionDate({ date }, ctx.today);
    const pulled = pullNoodstop(on, state.helpStartedOn, reason, ctx.policy);
    state.status.noodstop = pulled.noodstop;
    return [
      record(officerId, 'noodstop ingesteld', `tot ${pulled.noodstop.endDate} (${pulled.source})`, { on }),
      { kind: 'to-tracks', message: { signal: 'noodstop', change: pulled.change } },
    ];
  },
  'noodstop-lift': (state, { officerId, reason, date }, ctx) => {
    const on = actionDate({ date }, ctx.today);
    const lifted = endNoodstop(state.status.noodstop!, 'opgeheven', on);
    state.status.noodstop = lifted.noodstop;
    return [
      record(officerId, 'noodstop opgeheven', reason, { on }),
      { kind: 'to-tracks', message: { signal: 'noodstop', change: lifted.change! } },
    ];
  },
  'collection-breach': (_state, { officerId, date, creditorId, note }) => [
    record(officerId, 'incasso ondanks pauze', `${creditorId}: ${note}`, { on: date }),
    { kind: 'to-track', creditorId, message: { signal: 'breach', breach: { on: date, note, officerId } } },
  ],
  'moratorium-request': (state, { officerId, date }) => {
    state.status.moratorium = { requestedOn: date };
    return [record(officerId, 'moratorium aangevraagd bij de rechter (Wgs art. 5)', date, { on: date })];
  },
  'moratorium-decision': (state, { officerId, date, granted, endDate }, ctx) => {
    state.status.moratorium = {
      ...state.status.moratorium!,
      decidedOn: date,
      granted,
      endDate: granted ? endDate : undefined,
    };
    const action = granted ? 'moratorium toegewezen' : 'moratorium afgewezen';
    const recorded = record(officerId, action, granted ? `tot ${endDate}` : date, { on: date });
    if (!granted || !endDate || !ctx.moratoriumToTracks) return [recorded];
    // Every creditor is barred from collecting until the end date: each track lists it among its pauses.
    const ordered = { orderedOn: date, endDate, source: MORATORIUM_SOURCE };
    return [recorded, { kind: 'to-tracks', message: { signal: 'moratorium', ordered } }];
  },
  'stabilisatie-complete': (state, { officerId, date }) => {
    state.status.phase = nextPhase(state.status.phase, 'stabilisatie-complete');
    return [record(officerId, 'stabilisatie afgerond', date, { on: date })];
  },
};

/** The noodstop's own term passed (its timer in the shell). */
export function noodstopExpired(status: CaseStatus, today: CivilDate): CaseEffect[] {
  const noodstop = status.noodstop;
  if (!noodstop || !noodstopHolds(noodstop)) return [];
  const expired = endNoodstop(noodstop, 'verlopen', today);
  status.noodstop = expired.noodstop;
  return [
    record('system', 'noodstop verlopen', noodstop.endDate),
    {
      kind: 'to-tracks',
      message: { signal: 'noodstop', change: { ...expired.change!, endDate: noodstop.endDate } },
    },
  ];
}

/**
 * The oplossing reports the schuldregeling agreed: the tracks end their pauses, and (from
 * patched('noodstop-ends-with-agreement')) the noodstop ends with them, so nothing says it still runs.
 */
export function schuldregelingAgreed(status: CaseStatus, on: CivilDate, endsNoodstop: boolean): CaseEffect[] {
  if (status.schuldregelingAgreedOn) return [];
  status.schuldregelingAgreedOn = on;
  const effects: CaseEffect[] = [record('system', 'schuldregeling tot stand gekomen', on, { on })];
  if (endsNoodstop && status.noodstop && noodstopHolds(status.noodstop)) {
    status.noodstop = endNoodstop(status.noodstop, 'schuldregeling', on).noodstop;
    effects.push(record('system', 'noodstop beëindigd: schuldregeling tot stand gekomen', on, { on }));
  }
  const closed: TrackClosed = { on, reason: 'schuldregeling-tot-stand' };
  effects.push({ kind: 'to-tracks', message: { signal: 'closed', closed } });
  return effects;
}
