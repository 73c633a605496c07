/**
 * Werkdagen and the Algemene termijnenwet (Atw, BWBR0002448).
 *
 * A werkdag is a day that is not a Saturday, Sunday or algemeen erkende feestdag (Atw art. 1, 3).
 * A term starts the day after the event: a term of N days/weeks/months/werkdagen after day D is
 * counted from D + 1, so "4 weeks after Monday 2 March" ends on Monday 30 March.
 *
 * Our reading of the Atw:
 * - art. 1 lid 1: a term set by law that ends on a Saturday, Sunday or feestdag runs on to and
 *   including the next werkdag. (lid 2: not for terms counted backwards from an event.)
 * - art. 2: a term of at least 3 days is extended, where needed, so that it contains at least
 *   2 werkdagen (the day of the event does not count).
 * - art. 4: the Atw does not apply to terms in hours, nor to terms of more than 12 weeks, 90 days
 *   or 3 months. (Years are always more than 3 months.)
 * - The Atw covers terms set in a formal law or AMvB, not practice norms, agreements, court orders
 *   or local verordeningen: callers say whether a term is statutory.
 */
import { addDays, addMonths, dayOfWeek, maxCivilDate, type CivilDate } from './civil-date';
import { isFeestdag } from './feestdagen';

export function isWeekend(date: CivilDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Not a Saturday, Sunday or Atw feestdag (including Royal-Decree days). */
export function isWerkdag(date: CivilDate): boolean {
  return !isWeekend(date) && !isFeestdag(date);
}

/** The date itself if it is a werkdag, else the first werkdag after it. */
export function firstWerkdagOnOrAfter(date: CivilDate): CivilDate {
  let day = date;
  while (!isWerkdag(day)) day = addDays(day, 1);
  return day;
}

/** The date itself if it is a werkdag, else the last werkdag before it. */
export function lastWerkdagOnOrBefore(date: CivilDate): CivilDate {
  let day = date;
  while (!isWerkdag(day)) day = addDays(day, -1);
  return day;
}

/**
 * The n-th werkdag after `date` (the date itself never counts). n = 0 returns `date` unchanged;
 * a negative n counts backwards: the |n|-th werkdag before `date`.
 */
export function addWerkdagen(date: CivilDate, n: number): CivilDate {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`Aantal werkdagen moet een geheel getal zijn, niet ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWerkdag(day)) left -= 1;
  }
  return day;
}

/** Werkdagen in the half-open range (from, to]: the term's days, without the day of the event. */
export function werkdagenBetween(from: CivilDate, to: CivilDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWerkdag(day)) count += 1;
  return count;
}

export type TermLength =
  | { unit: 'days'; count: number }
  | { unit: 'weeks'; count: number }
  | { unit: 'months'; count: number }
  | { unit: 'werkdagen'; count: number }
  | { unit: 'hours'; count: number };

/** Atw art. 4: not for terms in hours, nor longer than 12 weeks, 90 days or 3 months. */
export function atwApplicable(length: TermLength): boolean {
  switch (length.unit) {
    case 'hours':
      return false;
    case 'days':
      return length.count <= 90;
    case 'weeks':
      return length.count <= 12;
    case 'months':
      return length.count <= 3;
    case 'werkdagen':
      // Not named in art. 4. A werkdagen term already ends on a werkdag and (for n >= 2) holds two
      // of them, so the Atw changes nothing; we keep it within the spirit of art. 4: 60 werkdagen
      // are about 12 weeks.
      return length.count <= 60;
  }
}

/** The last day of the term by plain calendar arithmetic (no Atw), counting from the day after `from`. */
export function plainTermEnd(from: CivilDate, length: TermLength): CivilDate {
  if (!Number.isSafeInteger(length.count) || length.count < 0) {
    throw new RangeError(`Termijn moet een geheel getal van 0 of meer zijn, niet ${length.count}`);
  }
  switch (length.unit) {
    case 'days':
      return addDays(from, length.count);
    case 'weeks':
      return addDays(from, 7 * length.count);
    case 'months':
      return addMonths(from, length.count);
    case 'werkdagen':
      return addWerkdagen(from, length.count);
    case 'hours':
      throw new RangeError('Termijnen in uren hebben geen einddatum; reken met tijdstippen');
  }
}

/** Atw art. 2 counts the term as the law sets it: "a term of at least three days". */
function atLeastThreeDays(length: TermLength): boolean {
  switch (length.unit) {
    case 'days':
    case 'werkdagen':
      return length.count >= 3;
    case 'weeks':
    case 'months':
      return length.count >= 1;
    case 'hours':
      return false;
  }
}

/**
 * Applies Atw art. 1 and 2 to a statutory term of `length` after `from` that ends (by plain
 * arithmetic) on `plainEnd`. Art. 2: a term of at least 3 days must contain 2 werkdagen, so it ends
 * no earlier than the second werkdag after `from`. Art. 1: an end on a free day moves to the next
 * werkdag. The result is the later of the two; either order of applying the articles gives it.
 */
export function applyAtw(from: CivilDate, plainEnd: CivilDate, length: TermLength): CivilDate {
  const art1 = firstWerkdagOnOrAfter(plainEnd);
  if (!atLeastThreeDays(length)) return art1;
  return maxCivilDate(art1, addWerkdagen(from, 2));
}

export interface TermResult {
  plainEnd: CivilDate;
  deadline: CivilDate;
  /** Whether the Atw was applied (statutory and not excluded by art. 4). */
  atw: boolean;
}

/**
 * The deadline of a term of `length` after `from`. With `statutory` (a term set in a formal law),
 * the Atw applies unless art. 4 excludes it. Practice norms and contract terms pass false.
 */
export function termDeadline(from: CivilDate, length: TermLength, statutory: boolean): TermResult {
  const plainEnd = plainTermEnd(from, length);
  const atw = statutory && atwApplicable(length);
  return { plainEnd, deadline: atw ? applyAtw(from, plainEnd, length) : plainEnd, atw };
}
