/**
 * The letters of a creditor track as data: kind, payload and the timeline event it is reported under.
 * Pure builders; the workflow shell sends them through its LetterBook.
 */
import type { LetterData } from '../../activities/letters/registry';
import type { CivilDate } from '../../domain/civil-date';
import { creditorAnswerDeadline, kennisgevingPauseEnd, type Term } from '../../domain/terms';
import type { Debtor } from '../shared/recipients';
import type { NoodstopChange, TrackClosed } from './messages';
import type { CreditorTrackState } from './state';

export type TrackLetterKind =
  | 'kennisgeving'
  | 'saldoverzoek'
  | 'herinnering-saldoverzoek'
  | 'noodstop'
  | 'verlenging-noodstop'
  | 'einde-pauze';

export type TrackLetter = {
  [K in TrackLetterKind]: { kind: K; data: LetterData<K>; event: string };
}[TrackLetterKind];

export interface LetterContext {
  debtor: Debtor;
  creditorAnswerWerkdagen: number;
}

/** The Schuldenknooppunt answer term from `on` (a process agreement, not statute: see domain/terms.ts). */
export function answerTermFrom(on: CivilDate, ctx: LetterContext): Term {
  return creditorAnswerDeadline(on, ctx.creditorAnswerWerkdagen);
}

/** Kennisgeving with the pause request: the first one, or a renewal when the convenant pause ran out. */
export function kennisgevingLetter(
  state: CreditorTrackState,
  ctx: LetterContext,
  on: CivilDate,
  renewal: boolean,
): { letter: TrackLetter; pause: Term; answerBefore: CivilDate } {
  const pause = kennisgevingPauseEnd(on, state.creditor.convenantMonths);
  const answerBefore = answerTermFrom(on, ctx).deadline;
  return {
    pause,
    answerBefore,
    letter: {
      kind: 'kennisgeving',
      data: {
        debtor: ctx.debtor,
        helpStartDate: state.stabilisatieStartedOn ?? on,
        pauseMonths: state.creditor.convenantMonths,
        pauseEndDate: pause.deadline,
        answerBefore,
      },
      event: renewal ? 'pauze verlengd' : 'kennisgeving verstuurd',
    },
  };
}

export function saldoverzoekLetter(ctx: LetterContext, answerBefore: CivilDate): TrackLetter {
  return {
    kind: 'saldoverzoek',
    data: { debtor: ctx.debtor, collectiefPossible: true, answerBefore },
    event: 'saldoverzoek verstuurd',
  };
}

export function reminderLetter(
  ctx: LetterContext,
  kennisgevingOn: CivilDate,
  answerBefore: CivilDate,
): TrackLetter {
  return {
    kind: 'herinnering-saldoverzoek',
    data: { debtor: ctx.debtor, originalLetterDate: kennisgevingOn, answerBefore },
    event: 'herinnering saldoverzoek',
  };
}

/** The letter a noodstop change brings, or null when this track has nothing to say (no noodstop running). */
export function noodstopLetter(
  state: CreditorTrackState,
  ctx: LetterContext,
  change: NoodstopChange,
): TrackLetter | null {
  const answerBefore = answerTermFrom(change.on, ctx).deadline;
  const noodstop = state.status.noodstop;
  if (change.change === 'pulled')
    return {
      kind: 'noodstop',
      data: { debtor: ctx.debtor, noodstopDate: change.on, pauseEndDate: change.endDate, answerBefore },
      event: 'noodstop verstuurd',
    };
  if (change.change === 'extended')
    return noodstop
      ? {
          kind: 'verlenging-noodstop',
          data: {
            debtor: ctx.debtor,
            noodstopDate: noodstop.pulledOn,
            previousEndDate: change.previousEndDate ?? change.on,
            newEndDate: change.endDate,
            answerBefore,
          },
          event: 'noodstop verlengd',
        }
      : null;
  if (!noodstop?.active) return null;
  return {
    kind: 'einde-pauze',
    data: {
      debtor: ctx.debtor,
      pauseKind: 'noodstop',
      pauseEndDate: change.on,
      reason: change.change === 'lifted' ? 'opgeheven' : 'termijn-verstreken',
    },
    event: change.change === 'lifted' ? 'noodstop opgeheven' : 'noodstop verlopen',
  };
}

/**
 * The einde-pauze letter when the track closes: the pauses end on the day of the closing, for the real reason
 * (a schuldregeling agreed, the help ended), not because a convenant term ran out (issue 12 §4.2).
 */
export function closingLetter(
  state: CreditorTrackState,
  ctx: LetterContext,
  closed: TrackClosed,
): TrackLetter | null {
  if (!state.status.kennisgevingOn || closed.reason === 'verwijderd') return null;
  return {
    kind: 'einde-pauze',
    data: {
      debtor: ctx.debtor,
      pauseKind: 'kennisgeving',
      pauseEndDate: closed.on,
      reason: closed.reason,
      ...(state.status.noodstop?.active ? { alsoEnds: ['noodstop' as const] } : {}),
    },
    event: 'einde pauze',
  };
}
