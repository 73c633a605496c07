import { maxCivilDate, type CivilDate } from '../../domain/civil-date';
import type { Policy } from '../../domain/policy';
import { noodstopEnd } from '../../domain/terms';
import type { NoodstopChange } from '../creditor-track/messages';
import type { NoodstopStatus } from './types';

/**
 * The noodstop (domain.md "Collection pauses and the noodstop"; CJIB model: 4 months, +8 once the help
 * starts). Pure: each function returns the new noodstop and the change the tracks must hear.
 */

/** Whether a noodstop holds: pulled and not ended. The one rule; deriveCaseStatus writes it to `active`. */
export function noodstopHolds(noodstop: NoodstopStatus | undefined): boolean {
  return noodstop !== undefined && noodstop.endedBy === undefined;
}

/** Pulled on `on`; when the help already started, the extension counts at once. */
export function pullNoodstop(
  on: CivilDate,
  helpStartedOn: CivilDate | undefined,
  reason: string,
  policy: Policy,
): { noodstop: NoodstopStatus; source: string; change: NoodstopChange } {
  const helpStarted = helpStartedOn ? maxCivilDate(helpStartedOn, on) : null;
  const term = noodstopEnd(on, helpStarted, policy.noodstopMonths, policy.noodstopExtensionMonths);
  return {
    noodstop: { active: true, pulledOn: on, endDate: term.deadline, extended: helpStarted !== null, reason },
    source: term.source,
    change: { change: 'pulled', on, endDate: term.deadline },
  };
}

/** The help started on `on` (beschikking toelating): a holding noodstop not yet extended gets its extension. */
export function extendNoodstop(
  noodstop: NoodstopStatus | undefined,
  on: CivilDate,
  policy: Policy,
): { noodstop: NoodstopStatus; change: NoodstopChange } | undefined {
  if (!noodstop || !noodstopHolds(noodstop) || noodstop.extended) return undefined;
  const endDate = noodstopEnd(
    noodstop.pulledOn,
    maxCivilDate(on, noodstop.pulledOn),
    policy.noodstopMonths,
    policy.noodstopExtensionMonths,
  ).deadline;
  return {
    noodstop: { ...noodstop, endDate, extended: true },
    change: { change: 'extended', on, endDate, previousEndDate: noodstop.endDate },
  };
}

/** Ends a holding noodstop; the change for the tracks when they must hear of it (lifted or expired). */
export function endNoodstop(
  noodstop: NoodstopStatus,
  by: NonNullable<NoodstopStatus['endedBy']>,
  on: CivilDate,
): { noodstop: NoodstopStatus; change?: NoodstopChange } {
  const ended: NoodstopStatus = { ...noodstop, active: false, endedBy: by, endedOn: on };
  if (by === 'opgeheven') ended.liftedOn = on;
  const change: NoodstopChange['change'] | undefined =
    by === 'opgeheven' ? 'lifted' : by === 'verlopen' ? 'expired' : undefined;
  return { noodstop: ended, ...(change ? { change: { change, on, endDate: noodstop.endDate } } : {}) };
}

/**
 * A noodstop carried from a run before `endedBy` existed: `active: false` meant ended (lifted when it has a
 * liftedOn, else expired or closed with the case).
 */
export function carriedNoodstop(noodstop: NoodstopStatus | undefined): NoodstopStatus | undefined {
  if (!noodstop || noodstop.active || noodstop.endedBy) return noodstop;
  return { ...noodstop, endedBy: noodstop.liftedOn ? 'opgeheven' : 'verlopen', endedOn: noodstop.liftedOn };
}
