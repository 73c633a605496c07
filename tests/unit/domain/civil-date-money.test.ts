import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  formatDutchDate,
  fromUtcMs,
  isCivilDate,
  parseCivilDate as d,
  toUtcMs,
} from '../../../domain/civil-date';
import { formatEuro, parseEuro } from '../../../domain/money';

describe('civil dates', () => {
  test('validity, leap years', () => {
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2027-02-29')).toBe(false);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('1900-02-29')).toBe(false);
    expect(isCivilDate('2026-04-31')).toBe(false);
    expect(isCivilDate('2026-4-3')).toBe(false);
  });

  test('years below 100 are not mistaken for 19xx (Date.UTC quirk)', () => {
    expect(isCivilDate('0050-03-01')).toBe(true);
    expect(addDays(d('0050-02-28'), 1)).toBe('0050-03-01');
  });

  test('arithmetic', () => {
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonths(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(d('2026-11-15'), 14)).toBe('2028-01-15');
    expect(dayOfWeek(d('2026-11-23'))).toBe(1); // Monday
    expect(formatDutchDate(d('2026-11-23'))).toBe('23 november 2026');
    expect(() => addDays(d('2026-01-01'), 0.5)).toThrow(RangeError);
  });

  test('agrees with Date on weekday and epoch for 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 0, 1) / 864e5 }),
        (day) => {
          const ms = day * 864e5;
          const date = fromUtcMs(ms);
          expect(date).toBe(new Date(ms).toISOString().slice(0, 10));
          expect(toUtcMs(date)).toBe(ms);
          expect(dayOfWeek(date)).toBe(new Date(ms).getUTCDay());
        },
      ),
    );
  });

  test('daysBetween inverts addDays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), (n) => {
        expect(daysBetween(d('2026-06-15'), addDays(d('2026-06-15'), n))).toBe(n);
      }),
    );
  });
});

describe('money', () => {
  test.each([
    [123456, '€ 1.234,56'],
    [5, '€ 0,05'],
    [-500, '-€ 5,00'],
    [100_000_000, '€ 1.000.000,00'],
    [0, '€ 0,00'],
  ])('formatEuro(%i) = %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  test.each([
    ['€ 1.234,56', 123456],
    ['1234,56', 123456],
    ['1234.56', 123456],
    ['1.234', 123400],
    ['€1.234.567,8', 123456780],
    ['EUR 12', 1200],
    ['-€ 5,00', -500],
    ['€\u00a01.234,56', 123456], // Intl uses a no-break space
  ])('parseEuro(%s) = %i', (text, cents) => {
    expect(parseEuro(text)).toBe(cents);
  });

  test.each(['', '12,345', '1,234.56', 'abc', '--5', '-€ -5', '1.2345'])('parseEuro(%s) rejects', (text) => {
    expect(() => parseEuro(text)).toThrow(RangeError);
  });

  test('format → parse round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(parseEuro(formatEuro(cents))).toBe(cents);
      }),
    );
  });
});
