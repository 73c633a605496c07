import fc from 'fast-check';
import { addDays, parseCivilDate as d, type CivilDate } from '../../../domain/civil-date';
import {
  amsterdamDateOf,
  amsterdamOffsetMs,
  deadlineInstant,
  lastSundayOf,
  startOfDayInstant,
} from '../../../domain/amsterdam-time';

const H = 3_600_000;

// The test may use the tz database as an independent oracle; the domain code may not.
const intlDate = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);

describe('EU summer time switch days', () => {
  test.each([
    [2026, '2026-03-29', '2026-10-25'],
    [2027, '2027-03-28', '2027-10-31'],
    [2028, '2028-03-26', '2028-10-29'],
  ])('%i: %s and %s', (year, march, october) => {
    expect(lastSundayOf(year, 3)).toBe(march);
    expect(lastSundayOf(year, 10)).toBe(october);
  });

  test('offset switches at 01:00 UTC exactly', () => {
    expect(amsterdamOffsetMs(Date.UTC(2026, 2, 29, 0, 59, 59, 999))).toBe(H);
    expect(amsterdamOffsetMs(Date.UTC(2026, 2, 29, 1))).toBe(2 * H);
    expect(amsterdamOffsetMs(Date.UTC(2026, 9, 25, 0, 59, 59, 999))).toBe(2 * H);
    expect(amsterdamOffsetMs(Date.UTC(2026, 9, 25, 1))).toBe(H);
  });
});

describe('deadlineInstant: 00:00 Amsterdam on the next day', () => {
  test.each([
    ['2026-01-15', Date.UTC(2026, 0, 15, 23)], // winter: CET
    ['2026-07-01', Date.UTC(2026, 6, 1, 22)], // summer: CEST
    ['2026-03-28', Date.UTC(2026, 2, 28, 23)], // next day is the March switch day; its midnight is still CET
    ['2026-03-29', Date.UTC(2026, 2, 29, 22)], // switch day: next midnight is CEST
    ['2026-10-24', Date.UTC(2026, 9, 24, 22)], // next day is the October switch day; its midnight is still CEST
    ['2026-10-25', Date.UTC(2026, 9, 25, 23)], // switch day: next midnight is CET
    ['2027-03-27', Date.UTC(2027, 2, 27, 23)],
    ['2027-10-31', Date.UTC(2027, 9, 31, 23)],
    ['2026-12-31', Date.UTC(2026, 11, 31, 23)], // across the year boundary
  ])('%s → %s', (date, expected) => {
    expect(deadlineInstant(d(date))).toBe(expected);
  });

  test('the March switch day has 23 hours, the October one 25', () => {
    expect(deadlineInstant(d('2026-03-29')) - startOfDayInstant(d('2026-03-29'))).toBe(23 * H);
    expect(deadlineInstant(d('2026-10-25')) - startOfDayInstant(d('2026-10-25'))).toBe(25 * H);
    expect(deadlineInstant(d('2026-06-01')) - startOfDayInstant(d('2026-06-01'))).toBe(24 * H);
  });
});

describe('against the tz database', () => {
  test('amsterdamDateOf agrees with Intl for instants 2000–2037', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        expect(amsterdamDateOf(ms)).toBe(intlDate(ms));
      }),
      { numRuns: 2000 },
    );
  });

  test('startOfDayInstant is the first instant of that Amsterdam date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 38 }), (n) => {
        const date = addDays(d('2000-01-01'), n) as CivilDate;
        const start = startOfDayInstant(date);
        expect(intlDate(start)).toBe(date);
        expect(intlDate(start - 1)).toBe(addDays(date, -1));
        expect(amsterdamDateOf(deadlineInstant(date) - 1)).toBe(date);
      }),
    );
  });
});
