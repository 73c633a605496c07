/**
 * The algemeen erkende feestdagen of the Algemene termijnenwet (Atw art. 3, BWBR0002448):
 * lid 1: Nieuwjaarsdag, tweede Paasdag, tweede Pinksterdag, beide Kerstdagen, Hemelvaartsdag,
 *        the day the King's birthday is celebrated (Koningsdag) and 5 mei (every year, unlike many CAOs);
 * lid 2: Goede Vrijdag is equal to a feestdag;
 * lid 3: days a Royal Decree declares equal (data in ./feestdagen-besluiten).
 * Eerste Paasdag and eerste Pinksterdag are Sundays and need no entry: Sundays are free days anyway.
 */
import { addDays, civilDate, dateParts, dayOfWeek, isCivilDate, type CivilDate } from './civil-date';
import { DECREE_DAYS, type DecreeDay } from './feestdagen-besluiten';

export type FeestdagKind =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag'
  | 'koninklijk-besluit';

export interface Feestdag {
  date: CivilDate;
  kind: FeestdagKind;
  /** Dutch name, for letters and the CLI. */
  name: string;
  source: string;
}

/** Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDate(year, month, day);
}

/**
 * Koningsdag: 27 April, or 26 April when the 27th is a Sunday (Besluit van 2013 over de viering
 * van Koningsdag). Applied to every year; before 2014 the day was Koninginnedag on 30 April, which
 * this product never needs.
 */
export function koningsdag(year: number): CivilDate {
  const birthday = civilDate(year, 4, 27);
  return dayOfWeek(birthday) === 0 ? civilDate(year, 4, 26) : birthday;
}

const ATW_3_1 = 'Atw art. 3 lid 1';

function validDecreeDays(days: readonly DecreeDay[]): Map<string, DecreeDay> {
  const byDate = new Map<string, DecreeDay>();
  for (const day of days) {
    if (!isCivilDate(day.date)) throw new RangeError(`Ongeldige datum in feestdagen-besluiten: ${day.date}`);
    byDate.set(day.date, day);
  }
  return byDate;
}

const DECREE_BY_DATE = validDecreeDays(DECREE_DAYS);

/** Every Atw feestdag of one year, sorted by date, including the decree days known for that year. */
export function feestdagenIn(year: number): Feestdag[] {
  const easter = easterSunday(year);
  const days: Feestdag[] = [
    { date: civilDate(year, 1, 1), kind: 'nieuwjaarsdag', name: 'Nieuwjaarsdag', source: ATW_3_1 },
    { date: addDays(easter, -2), kind: 'goede-vrijdag', name: 'Goede Vrijdag', source: 'Atw art. 3 lid 2' },
    { date: addDays(easter, 1), kind: 'tweede-paasdag', name: 'tweede Paasdag', source: ATW_3_1 },
    { date: koningsdag(year), kind: 'koningsdag', name: 'Koningsdag', source: ATW_3_1 },
    { date: civilDate(year, 5, 5), kind: 'bevrijdingsdag', name: '5 mei (Bevrijdingsdag)', source: ATW_3_1 },
    { date: addDays(easter, 39), kind: 'hemelvaartsdag', name: 'Hemelvaartsdag', source: ATW_3_1 },
    { date: addDays(easter, 50), kind: 'tweede-pinksterdag', name: 'tweede Pinksterdag', source: ATW_3_1 },
    { date: civilDate(year, 12, 25), kind: 'eerste-kerstdag', name: 'eerste Kerstdag', source: ATW_3_1 },
    { date: civilDate(year, 12, 26), kind: 'tweede-kerstdag', name: 'tweede Kerstdag', source: ATW_3_1 },
  ];
  for (const decree of DECREE_BY_DATE.values()) {
    if (dateParts(decree.date as CivilDate).year !== year) continue;
    days.push({
      date: decree.date as CivilDate,
      kind: 'koninklijk-besluit',
      name: decree.name,
      source: `Atw art. 3 lid 3, ${decree.source}`,
    });
  }
  return days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, Map<string, Feestdag>>();

function feestdagenByDate(year: number): Map<string, Feestdag> {
  let byDate = cache.get(year);
  if (!byDate) {
    byDate = new Map();
    // A decree day could coincide with a statutory one; the statutory one wins (it comes first).
    for (const day of feestdagenIn(year)) if (!byDate.has(day.date)) byDate.set(day.date, day);
    cache.set(year, byDate);
  }
  return byDate;
}

/** The feestdag on this date, if any. */
export function feestdag(date: CivilDate): Feestdag | undefined {
  return feestdagenByDate(dateParts(date).year).get(date);
}

export function isFeestdag(date: CivilDate): boolean {
  return feestdag(date) !== undefined;
}
