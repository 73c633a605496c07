import { compareCivilDates, type CivilDate } from '../../domain/civil-date';
import { refuse } from './validation';

/**
 * Guards the validators of every workflow share: each refuses with a Dutch reason or returns nothing.
 * Pure: `today` is passed in (workflow time), never read from a clock.
 */

/** The action belongs to one of `allowed`; `label` says how the phase is called in the reason. */
export function requirePhase<P extends string>(phase: P, allowed: readonly P[]): void {
  if (!allowed.includes(phase))
    refuse(`Niet mogelijk in fase ${phase}; deze actie hoort bij fase ${allowed.join(' of ')}.`);
}

/** `what` ("De datum van het gesprek") is not after `today`. */
export function notInFuture(date: CivilDate, today: CivilDate, what: string): void {
  if (compareCivilDates(date, today) > 0) refuse(`${what} ligt in de toekomst.`);
}

/** `what` is not before `earliest`. */
export function notBefore(date: CivilDate, earliest: CivilDate, what: string): void {
  if (compareCivilDates(date, earliest) < 0) refuse(`${what} ligt vóór ${earliest}.`);
}

/** The record exists (`found`), else the reason. Returns it, narrowed. */
export function mustExist<T>(found: T | undefined, reason: string): T {
  if (found === undefined) refuse(reason);
  return found;
}
