import type { CivilDate } from '../../domain/civil-date';
import type { CaseStatus } from './messages';
import { noodstopHolds } from './noodstop';
import type { CasePhase } from './phases';

/**
 * Which timers a case runs, derived from its state (never stored): the statutory term of the current phase,
 * and the end of a holding noodstop. The shell waits for them; a continued run derives them afresh.
 */

/** The statutory term the phase waits under: Wgs art. 4 (eerste gesprek), Wgs art. 4a (beschikking). */
export function phaseTerm(phase: CasePhase): 'eerste-gesprek' | 'beschikking' | undefined {
  if (phase === 'aanmelding') return 'eerste-gesprek';
  if (phase === 'beschikking') return 'beschikking';
  return undefined;
}

/** The day a holding noodstop runs out, or undefined. */
export function noodstopDue(status: CaseStatus): CivilDate | undefined {
  return status.noodstop && noodstopHolds(status.noodstop) ? status.noodstop.endDate : undefined;
}

/** The earliest deadline still waiting for its act, also when already breached: supervisors sort by it. */
export function nextDeadline(status: CaseStatus): CivilDate | undefined {
  return status.deadlines
    .filter((d) => d.state === 'open' || (d.state === 'breached' && !d.metOn))
    .map((d) => d.deadline)
    .sort()[0];
}
