/**
 * The transitions of a creditor track: state + action → new state + effects as data (letters to send,
 * events to report, alerts to raise). Pure; the workflow shell performs the effects in order.
 */
import type { NotificationInput } from '../../activities/notifications/activities';
import type { CivilDate } from '../../domain/civil-date';
import {
  normaliseSaldoOpgave,
  type Claim,
  type Creditor,
  type CreditorAnswer,
  type PaperEntry,
  type SaldoOpgave,
} from '../../domain/records';
import {
  closingLetter,
  kennisgevingLetter,
  noodstopLetter,
  reminderLetter,
  saldoverzoekLetter,
  answerTermFrom,
  type LetterContext,
  type TrackLetter,
} from './letters';
import type {
  AnswerEntry,
  CollectionBreach,
  CreditorTrackStatus,
  NoodstopChange,
  TrackClosed,
} from './messages';
import { canMove, nextStage } from './stages';
import type { CreditorTrackState } from './state';

export type TrackEffect =
  | { type: 'letter'; letter: TrackLetter }
  | { type: 'report'; event: string }
  | { type: 'alert'; notification: NotificationInput };

export interface TrackContext extends LetterContext {
  caseId: string;
  gemeente: string;
  officerId: string;
}

export interface Transition {
  state: CreditorTrackState;
  effects: TrackEffect[];
}

const withStatus = (
  state: CreditorTrackState,
  changes: Partial<CreditorTrackStatus>,
): CreditorTrackState => ({
  ...state,
  status: { ...state.status, ...changes },
});
const letter = (l: TrackLetter): TrackEffect => ({ type: 'letter', letter: l });
const report = (event: string): TrackEffect => ({ type: 'report', event });

/** Stabilisatie started: kennisgeving with the pause request, and the saldoverzoek, both with the answer term. */
export function startTrack(state: CreditorTrackState, ctx: TrackContext, on: CivilDate): Transition {
  const { letter: kennisgeving, pause, answerBefore } = kennisgevingLetter(state, ctx, on, false);
  return {
    state: withStatus(state, {
      kennisgevingOn: on,
      pauseEnd: pause.deadline,
      answerDeadline: answerBefore,
      phase: nextStage(state.status.phase, 'kennisgeving-verstuurd'),
    }),
    effects: [letter(kennisgeving), letter(saldoverzoekLetter(ctx, answerBefore))],
  };
}

/** The convenant pause ran out while the case runs: a new kennisgeving renews it. */
export function renewPause(state: CreditorTrackState, ctx: TrackContext, on: CivilDate): Transition {
  const { letter: kennisgeving, pause } = kennisgevingLetter(state, ctx, on, true);
  return {
    state: withStatus(state, { pauseEnd: pause.deadline, pauseConfirmed: false }),
    effects: [letter(kennisgeving)],
  };
}

/** No answer within the term: a reminder with a new term of the same length. */
export function answerTermPassed(state: CreditorTrackState, ctx: TrackContext, on: CivilDate): Transition {
  if (!canMove(state.status.phase, 'antwoordtermijn-verstreken')) return { state, effects: [] }; // answered meanwhile
  const answerDeadline = answerTermFrom(on, ctx).deadline;
  return {
    state: withStatus(state, {
      answerDeadline,
      phase: nextStage(state.status.phase, 'antwoordtermijn-verstreken'),
    }),
    effects: [letter(reminderLetter(ctx, state.status.kennisgevingOn!, answerDeadline))],
  };
}

/** No answer after the reminder either: the officer takes over. */
export function reminderTermPassed(state: CreditorTrackState, ctx: TrackContext): Transition {
  if (!canMove(state.status.phase, 'herinneringstermijn-verstreken')) return { state, effects: [] }; // answered meanwhile
  const { creditorId, answerDeadline } = state.status;
  return {
    state: withStatus(state, { phase: nextStage(state.status.phase, 'herinneringstermijn-verstreken') }),
    effects: [
      report('geen antwoord: geëscaleerd naar medewerker'),
      {
        type: 'alert',
        notification: {
          id: `${ctx.caseId}/creditor/${creditorId}/silent`,
          audience: 'officer',
          kind: 'creditor-silent',
          caseId: ctx.caseId,
          gemeente: ctx.gemeente,
          officerId: ctx.officerId,
          deadline: answerDeadline,
          message: `Schuldeiser ${creditorId} heeft na kennisgeving en herinnering niet geantwoord (termijn tot ${answerDeadline}).`,
        },
      },
    ],
  };
}

const ANSWER_EVENT: Record<Exclude<CreditorAnswer, 'pauze-bevestiging'>, string> = {
  'saldo-opgave': 'saldo-opgave ontvangen',
  'geen-medewerking': 'geen medewerking',
  'vooraf-akkoord': 'vooraf akkoord',
};

/** An answer, validated before (rules.ts). A paper answer records the officer who entered it (§4.8). */
export function applyAnswer(
  state: CreditorTrackState,
  answer: CreditorAnswer,
  body: Record<string, unknown>,
  on: CivilDate,
  enteredBy?: PaperEntry,
): Transition {
  const entry: AnswerEntry = enteredBy
    ? {
        answer,
        on,
        by: 'medewerker',
        officerId: enteredBy.officerId,
        ...(enteredBy.receivedOn ? { receivedOn: enteredBy.receivedOn } : {}),
      }
    : { answer, on, by: 'schuldeiser' };
  const answerEntries = [...(state.status.answerEntries ?? []), entry];
  const byOfficer = enteredBy ? ` (op papier, ingevoerd door ${enteredBy.officerId})` : '';
  if (answer === 'pauze-bevestiging')
    return {
      state: withStatus(state, { pauseConfirmed: true, answerEntries }),
      effects: [report(`pauze bevestigd${byOfficer}`)],
    };
  const changes: Partial<CreditorTrackStatus> = {
    answer,
    answerEntries,
    phase: nextStage(state.status.phase, 'beantwoord'),
  };
  if (answer === 'saldo-opgave') {
    const saldo = normaliseSaldoOpgave(body as SaldoOpgave);
    const known = state.status.claims[0];
    const claim: Claim = {
      creditorId: state.status.creditorId,
      amount: saldo.totaal,
      reference: saldo.kenmerkSchuldeiser ?? known?.reference ?? state.status.creditorId,
      preferent: (body.preferent as boolean | undefined) ?? known?.preferent ?? false,
    };
    Object.assign(changes, {
      claims: [claim],
      claimAmount: claim.amount,
      saldoOpgave: { ...saldo, receivedOn: entry.receivedOn ?? on },
    });
  } else if (answer === 'geen-medewerking') {
    changes.geenMedewerkingReason = body.reason as string;
  }
  return { state: withStatus(state, changes), effects: [report(`${ANSWER_EVENT[answer]}${byOfficer}`)] };
}

export function correctCreditor(state: CreditorTrackState, creditor: Creditor): Transition {
  return {
    state: { ...withStatus(state, { name: creditor.name }), creditor },
    effects: [report('gegevens schuldeiser gecorrigeerd')],
  };
}

export function recordOfficerClaim(state: CreditorTrackState, claim: Claim): Transition {
  const claims = [...state.status.claims.filter((c) => c.reference !== claim.reference), claim];
  return {
    state: withStatus(state, { claims, claimAmount: claims.reduce((sum, c) => sum + c.amount, 0) }),
    effects: [report('vordering vastgelegd door medewerker')],
  };
}

/** The creditor kept collecting during the pause: the officer and the supervisor are told. */
export function breachEffects(
  state: CreditorTrackState,
  ctx: TrackContext,
  breach: CollectionBreach,
): TrackEffect[] {
  const { creditorId, collectionBreaches } = state.status;
  return [
    report('incasso ondanks pauze'),
    ...(['officer', 'supervisor'] as const).map((audience): TrackEffect => ({
      type: 'alert',
      notification: {
        id: `${ctx.caseId}/creditor/${creditorId}/breach/${collectionBreaches}/${audience}`,
        audience,
        kind: 'officer-task',
        caseId: ctx.caseId,
        gemeente: ctx.gemeente,
        officerId: ctx.officerId,
        message: `Schuldeiser ${creditorId} incasseert ondanks de afgesproken pauze (${breach.on}). Overweeg een moratorium bij de rechter (Wgs art. 5).`,
      },
    })),
  ];
}

/** A noodstop was pulled, extended, lifted or ran out: the noodstop on the track and its letter. */
export function applyNoodstop(
  state: CreditorTrackState,
  ctx: TrackContext,
  change: NoodstopChange,
): Transition {
  const current = state.status.noodstop;
  const l = noodstopLetter(state, ctx, change);
  let noodstop = current;
  if (change.change === 'pulled') noodstop = { pulledOn: change.on, endDate: change.endDate, active: true };
  else if (change.change === 'extended' && current) noodstop = { ...current, endDate: change.endDate };
  else if (current?.active) noodstop = { ...current, active: false, endedOn: change.on };
  return {
    state: noodstop === current ? state : withStatus(state, { noodstop }),
    effects: l ? [letter(l)] : [],
  };
}

/** The track closes: first the einde-pauze letter for the real reason, then `closeTrack`. */
export function closingEffects(
  state: CreditorTrackState,
  ctx: TrackContext,
  closed: TrackClosed,
): TrackEffect[] {
  const l = closingLetter(state, ctx, closed);
  return l ? [letter(l)] : [];
}

/** Closed: every pause we asked for ends today, a running noodstop too (issue 12 §4.1–4.2). */
export function closeTrack(state: CreditorTrackState, closed: TrackClosed): Transition {
  const { noodstop } = state.status;
  return {
    state: withStatus(state, {
      phase: nextStage(state.status.phase, 'gesloten'),
      removed: closed.reason === 'verwijderd',
      ...(noodstop?.active ? { noodstop: { ...noodstop, active: false, endedOn: closed.on } } : {}),
    }),
    effects: [report('spoor gesloten')],
  };
}

/** A background loop failed (a letter that cannot be rendered): on the timeline, and the supervisor is told. */
export function faultEffects(
  state: CreditorTrackState,
  ctx: TrackContext,
  what: string,
  reason: string,
): TrackEffect[] {
  const { creditorId } = state.status;
  return [
    report(`${what} mislukt: ${reason}`),
    {
      type: 'alert',
      notification: {
        id: `${ctx.caseId}/creditor/${creditorId}/fault/${what}`,
        audience: 'supervisor',
        kind: 'officer-task',
        caseId: ctx.caseId,
        gemeente: ctx.gemeente,
        officerId: ctx.officerId,
        message: `Spoor van schuldeiser ${creditorId}: ${what} mislukt; controleer de zaak.`,
      },
    },
  ];
}
