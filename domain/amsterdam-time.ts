/**
 * Europe/Amsterdam wall-clock conversions, computed from the EU summer-time rule instead of Intl or
 * a tz database. Why: this module runs inside the Temporal workflow sandbox, where deterministic
 * replay must not depend on the ICU/tzdata build of whichever worker replays the history; and
 * the rule is fixed law (Directive 2000/84/EC): CEST (UTC+2) from the last Sunday of March 01:00 UTC
 * to the last Sunday of October 01:00 UTC, CET (UTC+1) otherwise. Valid for 1996 onwards, which
 * is all this product needs. If the EU ever abolishes the clock change, change it here.
 */
import { addDays, dateParts, dayOfWeek, civilDate, fromUtcMs, toUtcMs, type CivilDate } from './civil-date';

const HOUR_MS = 3_600_000;

/** The last Sunday of a month. */
export function lastSundayOf(year: number, month: number): CivilDate {
  const last = addDays(civilDate(year, month + 1, 1), -1);
  return addDays(last, -dayOfWeek(last));
}

/** Epoch ms when summer time starts (last Sunday of March, 01:00 UTC = 02:00 CET → 03:00 CEST). */
export function summerTimeStart(year: number): number {
  return toUtcMs(lastSundayOf(year, 3)) + HOUR_MS;
}

/** Epoch ms when summer time ends (last Sunday of October, 01:00 UTC = 03:00 CEST → 02:00 CET). */
export function summerTimeEnd(year: number): number {
  return toUtcMs(lastSundayOf(year, 10)) + HOUR_MS;
}

/** Offset of Amsterdam wall time from UTC at an instant, in ms: 2 h in summer time, else 1 h. */
export function amsterdamOffsetMs(epochMs: number): number {
  const year = dateParts(fromUtcMs(epochMs)).year;
  return epochMs >= summerTimeStart(year) && epochMs < summerTimeEnd(year) ? 2 * HOUR_MS : HOUR_MS;
}

/** The civil date in Amsterdam at an instant. */
export function amsterdamDateOf(epochMs: number): CivilDate {
  return fromUtcMs(epochMs + amsterdamOffsetMs(epochMs));
}

/**
 * Epoch ms of 00:00 Amsterdam time on `date`. Midnight is never inside a DST switch (those happen
 * at 02:00/03:00 local), so the offset is that of summer time iff the date lies after the March
 * switch day and on or before the October switch day.
 */
export function startOfDayInstant(date: CivilDate): number {
  const { year } = dateParts(date);
  const summer = date > lastSundayOf(year, 3) && date <= lastSundayOf(year, 10);
  return toUtcMs(date) - (summer ? 2 : 1) * HOUR_MS;
}

/**
 * A deadline date means "by the end of that day" in Amsterdam. The workflow timer fires at the
 * first instant after it: 00:00 Amsterdam time on the next day.
 */
export function deadlineInstant(date: CivilDate): number {
  return startOfDayInstant(addDays(date, 1));
}

/** Milliseconds from `nowMs` until the deadline passes (never negative): what a workflow sleeps. */
export function msUntilDeadline(nowMs: number, date: CivilDate): number {
  return Math.max(0, deadlineInstant(date) - nowMs);
}
