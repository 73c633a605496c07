import type { LetterData } from '../../activities/letters/registry';
import type { CivilDate } from '../../domain/civil-date';
import type { Claim, Creditor } from '../../domain/records';
import type {
  CollectionBreach,
  MoratoriumOrdered,
  NoodstopChange,
  TrackClosed,
} from '../creditor-track/messages';

/**
 * What a case transition asks the shell to do, as data: the transitions (./transitions) are pure and return
 * these; the workflow shell records the timeline entries at once and runs the rest in order (effect queue).
 */

/** Letters the case itself sends to the resident. */
export type CaseLetterKind = 'uitnodiging-eerste-gesprek' | 'beschikking-toelating' | 'beschikking-afwijzing';
export type CaseLetter = {
  [K in CaseLetterKind]: { kind: K; date: CivilDate; data: LetterData<K> };
}[CaseLetterKind];

/** A message to one creditor track (by workflow id). */
export type TrackMessage =
  | { signal: 'noodstop'; change: NoodstopChange }
  | { signal: 'stabilisatie-started'; on: CivilDate }
  | { signal: 'closed'; closed: TrackClosed }
  | { signal: 'corrected'; creditor: Creditor }
  | { signal: 'claim'; claim: Claim; officerId: string }
  | { signal: 'breach'; breach: CollectionBreach }
  | { signal: 'moratorium'; ordered: MoratoriumOrdered };

export type CaseEffect =
  /** A timeline entry (through the shell's one record function). */
  | { kind: 'record'; by: string; action: string; detail?: string; on?: CivilDate; warning?: string }
  | { kind: 'letter'; letter: CaseLetter }
  | { kind: 'start-track'; creditor: Creditor }
  /** To every track not removed, resolved when the effect is asked for. */
  | { kind: 'to-tracks'; message: TrackMessage }
  | { kind: 'to-track'; creditorId: string; message: TrackMessage }
  /** A notification; `key` makes its id (`<caseId>/<key>`), so a replay never sends it twice. */
  | {
      kind: 'alert';
      key: string;
      audience: 'officer' | 'supervisor';
      notification: 'deadline-reminder' | 'deadline-breached' | 'officer-task';
      message: string;
      deadline?: CivilDate;
    };

export const record = (
  by: string,
  action: string,
  detail?: string,
  extra: { on?: CivilDate; warning?: string } = {},
): CaseEffect => ({ kind: 'record', by, action, ...(detail === undefined ? {} : { detail }), ...extra });
