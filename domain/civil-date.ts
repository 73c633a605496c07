/**
 * A civil date (no time, no zone) as the law counts days: 'YYYY-MM-DD', meant in Europe/Amsterdam.
 *
 * All arithmetic is integer day-number arithmetic (days since 1970-01-01, proleptic Gregorian
 * calendar), so it never depends on the machine's zone, on DST, or on the `Date` object's
 * two-digit-year quirk (`Date.UTC(50, 0, 1)` is 1950). That keeps it deterministic and safe inside
 * the Temporal workflow sandbox. Supported years: 0001–9999 (the 'YYYY' format).
 */
export type CivilDate = string & { readonly __civilDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of dayNumber (H. Hinnant's civil_from_days). */
export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCivilDate(value: string): value is CivilDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return y >= MIN_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function parseCivilDate(value: string): CivilDate {
  if (!isCivilDate(value)) throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${JSON.stringify(value)}`);
  return value;
}

function format(year: number, month: number, day: number): CivilDate {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Jaar ${year} valt buiten het ondersteunde bereik ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CivilDate;
}

/** Builds a date from parts; out-of-range months/days roll over (month 13 → January next year). */
export function civilDate(year: number, month: number, day: number): CivilDate {
  return fromDays(dayNumber(year, 1, 1) + daysBeforeMonth(year, month) + day - 1);
}

function daysBeforeMonth(year: number, month: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12;
  return dayNumber(y, m + 1, 1) - dayNumber(year, 1, 1);
}

export function dateParts(date: CivilDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function toDays(date: CivilDate): number {
  const { year, month, day } = dateParts(date);
  return dayNumber(year, month, day);
}

function fromDays(days: number): CivilDate {
  const { year, month, day } = fromDayNumber(days);
  return format(year, month, day);
}

/** Epoch milliseconds of 00:00 UTC on this date (a calendar handle, not an Amsterdam instant). */
export function toUtcMs(date: CivilDate): number {
  return toDays(date) * MS_PER_DAY;
}

/** The UTC calendar date of an epoch-millisecond instant. */
export function fromUtcMs(ms: number): CivilDate {
  if (!Number.isFinite(ms)) throw new RangeError(`Geen geldig tijdstip: ${ms}`);
  return fromDays(Math.floor(ms / MS_PER_DAY));
}

function assertWholeNumber(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} moet een geheel getal zijn, niet ${value}`);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  assertWholeNumber(days, 'Aantal dagen');
  return fromDays(toDays(date) + days);
}

/** Calendar months, clamped to the month's last day (31 januari + 1 maand = 28/29 februari). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  assertWholeNumber(months, 'Aantal maanden');
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDays(to) - toDays(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDays(date) + 4) % 7) + 7) % 7;
}

export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxCivilDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

export function minCivilDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const DUTCH_WEEKDAYS = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
] as const;

/** "23 november 2026", as a Dutch letter writes a date. */
export function formatDutchDate(date: CivilDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

/** "maandag". */
export function dutchWeekday(date: CivilDate): string {
  return DUTCH_WEEKDAYS[dayOfWeek(date)] as string;
}
