/**
 * The stages of a creditor track as one table: which event moves a track from which stage to which.
 * Every stage change of the track goes through `nextStage`; an event a stage does not list is a bug.
 */
import type { CreditorTrackPhase } from './types';

export type TrackEvent =
  /** Kennisgeving and saldoverzoek went out. */
  | 'kennisgeving-verstuurd'
  /** The 10 werkdagen passed without an answer: a reminder goes out. */
  | 'antwoordtermijn-verstreken'
  /** The reminder's term passed too: the officer takes over. */
  | 'herinneringstermijn-verstreken'
  /** A saldo-opgave, vooraf akkoord or geen medewerking arrived. */
  | 'beantwoord'
  /** The case closed this track. */
  | 'gesloten';

export const TRACK_STAGES: Readonly<
  Record<CreditorTrackPhase, Partial<Record<TrackEvent, CreditorTrackPhase>>>
> = {
  'wacht-op-stabilisatie': { 'kennisgeving-verstuurd': 'wacht-op-antwoord', gesloten: 'gesloten' },
  'wacht-op-antwoord': {
    'antwoordtermijn-verstreken': 'herinnerd',
    beantwoord: 'beantwoord',
    gesloten: 'gesloten',
  },
  herinnerd: {
    'herinneringstermijn-verstreken': 'geescaleerd',
    beantwoord: 'beantwoord',
    gesloten: 'gesloten',
  },
  geescaleerd: { beantwoord: 'beantwoord', gesloten: 'gesloten' },
  // A saldo-opgave may be corrected by a new one.
  beantwoord: { beantwoord: 'beantwoord', gesloten: 'gesloten' },
  gesloten: {},
};

/** The stage after `event`; throws on an event the table does not allow (a programming error, not input). */
export function nextStage(stage: CreditorTrackPhase, event: TrackEvent): CreditorTrackPhase {
  const next = TRACK_STAGES[stage][event];
  if (next === undefined) throw new Error(`Spoor: '${event}' kan niet in fase '${stage}'`);
  return next;
}

export function canMove(stage: CreditorTrackPhase, event: TrackEvent): boolean {
  return TRACK_STAGES[stage][event] !== undefined;
}

/** Stages in which the creditor still owes an answer to the saldoverzoek. */
export function awaitsAnswer(stage: CreditorTrackPhase): boolean {
  return stage === 'wacht-op-antwoord' || stage === 'herinnerd';
}
