/**
 * The agenda of a creditor track: which timer is due, derived from the state alone. The shell waits for
 * exactly these (each a named condition on a named term) and nothing else.
 */
import type { CivilDate } from '../../domain/civil-date';
import type { CreditorTrackState } from './state';

export interface TrackTimer {
  /** antwoordtermijn: the saldoverzoek's 10 werkdagen (Schuldenknooppunt); herinneringstermijn: the reminder's;
   *  pauze-einde: the end of the convenant pause, when a new kennisgeving renews it. */
  kind: 'antwoordtermijn' | 'herinneringstermijn' | 'pauze-einde';
  due: CivilDate;
}

/** The answer term that runs now, if any. */
export function answerTimer(state: CreditorTrackState): TrackTimer | null {
  const { phase, answerDeadline } = state.status;
  if (state.closed || !answerDeadline) return null;
  if (phase === 'wacht-op-antwoord') return { kind: 'antwoordtermijn', due: answerDeadline };
  if (phase === 'herinnerd') return { kind: 'herinneringstermijn', due: answerDeadline };
  return null;
}

/** The convenant pause end, renewed while the case runs. */
export function pauseTimer(state: CreditorTrackState): TrackTimer | null {
  if (state.closed || !state.status.pauseEnd) return null;
  return { kind: 'pauze-einde', due: state.status.pauseEnd };
}

export function trackAgenda(state: CreditorTrackState): TrackTimer[] {
  return [answerTimer(state), pauseTimer(state)].filter((t): t is TrackTimer => t !== null);
}
