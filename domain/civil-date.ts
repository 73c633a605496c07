/**
 * A civil date (no time, no zone) as the law counts days: 'YYYY-MM-DD', meant in Europe/Amsterdam.
 * Arithmetic runs on UTC midnights so it never depends on the machine's zone or on DST.
 */
export type CivilDate = string & { readonly __civilDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isCivilDate(value: string): value is CivilDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function parseCivilDate(value: string): CivilDate {
  if (!isCivilDate(value)) throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${JSON.stringify(value)}`);
  return value;
}

export function civilDate(year: number, month: number, day: number): CivilDate {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

export function toUtcMs(date: CivilDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function fromUtcMs(ms: number): CivilDate {
  return new Date(ms).toISOString().slice(0, 10) as CivilDate;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** Calendar months, clamped to the month's last day (31 januari + 1 maand = 28/29 februari). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const targetMonth = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(y, targetMonth, Math.min(d, lastDay)));
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DUTCH_MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** "23 november 2026", as a Dutch letter writes a date. */
export function formatDutchDate(date: CivilDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${DUTCH_MONTHS[m - 1]} ${y}`;
}
