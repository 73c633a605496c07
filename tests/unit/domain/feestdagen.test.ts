// Expected dates are taken from the Atw art. 3 list, the published Easter dates and
// Stcrt. 2025, 24713 (decree days 2026–2028) — not from the implementation.
import { parseCivilDate as d, dayOfWeek } from '../../../domain/civil-date';
import { easterSunday, feestdag, feestdagenIn, isFeestdag, koningsdag } from '../../../domain/feestdagen';
import { DECREE_DAYS } from '../../../domain/feestdagen-besluiten';

describe('Easter', () => {
  test.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // latest possible
    [2285, '2285-03-22'], // earliest possible
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Atw art. 3 feestdagen 2026–2028', () => {
  const table: [string, string][] = [
    // 2026
    ['2026-01-01', 'nieuwjaarsdag'],
    ['2026-04-03', 'goede-vrijdag'],
    ['2026-04-06', 'tweede-paasdag'],
    ['2026-04-27', 'koningsdag'],
    ['2026-05-05', 'bevrijdingsdag'],
    ['2026-05-14', 'hemelvaartsdag'],
    ['2026-05-25', 'tweede-pinksterdag'],
    ['2026-12-25', 'eerste-kerstdag'],
    ['2026-12-26', 'tweede-kerstdag'],
    // 2027
    ['2027-01-01', 'nieuwjaarsdag'],
    ['2027-03-26', 'goede-vrijdag'],
    ['2027-03-29', 'tweede-paasdag'],
    ['2027-04-27', 'koningsdag'],
    ['2027-05-05', 'bevrijdingsdag'],
    ['2027-05-06', 'hemelvaartsdag'],
    ['2027-05-17', 'tweede-pinksterdag'],
    ['2027-12-25', 'eerste-kerstdag'],
    ['2027-12-26', 'tweede-kerstdag'],
    // 2028
    ['2028-01-01', 'nieuwjaarsdag'],
    ['2028-04-14', 'goede-vrijdag'],
    ['2028-04-17', 'tweede-paasdag'],
    ['2028-04-27', 'koningsdag'],
    ['2028-05-05', 'bevrijdingsdag'],
    ['2028-05-25', 'hemelvaartsdag'],
    ['2028-06-05', 'tweede-pinksterdag'],
    ['2028-12-25', 'eerste-kerstdag'],
    ['2028-12-26', 'tweede-kerstdag'],
    // Royal Decree (Atw art. 3 lid 3), Stcrt. 2025, 24713
    ['2026-01-02', 'koninklijk-besluit'],
    ['2026-05-15', 'koninklijk-besluit'],
    ['2027-05-07', 'koninklijk-besluit'],
    ['2028-04-28', 'koninklijk-besluit'],
    ['2028-05-26', 'koninklijk-besluit'],
  ];
  test.each(table)('%s is %s', (date, kind) => {
    expect(feestdag(d(date))?.kind).toBe(kind);
  });

  test.each([2026, 2027, 2028])('%i has exactly the listed feestdagen and no others', (year) => {
    const expected = table
      .filter(([date]) => date.startsWith(`${year}-`))
      .map(([date]) => date)
      .sort();
    expect(feestdagenIn(year).map((f) => f.date)).toEqual(expected);
  });

  test('decree days cite the Staatscourant', () => {
    expect(feestdag(d('2026-05-15'))?.source).toContain('Stcrt. 2025, 24713');
    expect(feestdag(d('2026-05-15'))?.source).toContain('Atw art. 3 lid 3');
  });

  test.each(['2026-12-24', '2026-12-31', '2026-04-05', '2026-05-24', '2026-04-28', '2027-05-04'])(
    '%s is not a feestdag (Christmas Eve, oudejaarsdag, eerste Paas/Pinksterdag are not listed; no decree)',
    (date) => {
      expect(isFeestdag(d(date))).toBe(false);
    },
  );

  test('5 mei is a feestdag every year, not only in lustrum years', () => {
    for (const year of [2026, 2027, 2028, 2029, 2031])
      expect(feestdag(d(`${year}-05-05`))?.kind).toBe('bevrijdingsdag');
  });

  test('Goede Vrijdag is a Friday, tweede Paasdag and tweede Pinksterdag are Mondays, Hemelvaart a Thursday', () => {
    for (let year = 2000; year <= 2100; year += 1) {
      const days = feestdagenIn(year);
      const weekday = (kind: string) => dayOfWeek(days.find((f) => f.kind === kind)!.date);
      expect([
        weekday('goede-vrijdag'),
        weekday('tweede-paasdag'),
        weekday('hemelvaartsdag'),
        weekday('tweede-pinksterdag'),
      ]).toEqual([5, 1, 4, 1]);
    }
  });
});

describe('Koningsdag', () => {
  test.each([
    [2025, '2025-04-26'], // 27 April 2025 was a Sunday
    [2031, '2031-04-26'], // 27 April 2031 is a Sunday
    [2014, '2014-04-26'], // the first Koningsdag: 27 April 2014 was a Sunday
    [2026, '2026-04-27'],
    [2030, '2030-04-27'], // Saturday: no move
  ])('%i: %s', (year, date) => {
    expect(koningsdag(year)).toBe(date);
    expect(feestdag(d(date))?.kind).toBe('koningsdag');
  });

  test('in a Sunday year the 27th itself is not the feestdag', () => {
    expect(feestdag(d('2031-04-27'))).toBeUndefined();
  });
});

describe('decree data', () => {
  test('every entry is a valid date with a source, so a new decree is only a data change', () => {
    expect(DECREE_DAYS.length).toBeGreaterThanOrEqual(5);
    for (const day of DECREE_DAYS) {
      expect(day.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(day.source).not.toBe('');
    }
  });
});
