import fc from 'fast-check';
import { addDays, daysBetween, parseCivilDate as d, type CivilDate } from '../../../domain/civil-date';
import {
  addWerkdagen,
  applyAtw,
  atwApplicable,
  isWerkdag,
  plainTermEnd,
  termDeadline,
  werkdagenBetween,
  type TermLength,
} from '../../../domain/calendar';

describe('werkdagen', () => {
  test.each([
    ['2026-11-23', true], // Monday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-12-24', true], // Christmas Eve is a werkdag
    ['2026-12-25', false],
    ['2026-05-15', false], // decree day
    ['2027-05-05', false], // 5 mei on a Wednesday
  ])('%s werkdag: %s', (date, expected) => {
    expect(isWerkdag(d(date))).toBe(expected);
  });

  test.each([
    // Wed 23 Dec 2026: Thu 24 (1), [Fri 25, Sat 26, Sun 27], Mon 28 (2), Tue 29 (3)
    ['2026-12-23', 3, '2026-12-29'],
    // Wed 13 May 2026: [Thu 14 Hemelvaart, Fri 15 decree, weekend], Mon 18, Tue 19, Wed 20
    ['2026-05-13', 3, '2026-05-20'],
    // Thu 2 Apr 2026: [Goede Vrijdag, weekend, tweede Paasdag], Tue 7, Wed 8, Thu 9
    ['2026-04-02', 3, '2026-04-09'],
    ['2026-12-23', 0, '2026-12-23'],
    // backwards: 3 werkdagen before Tue 29 Dec 2026 is Wed 23 Dec
    ['2026-12-29', -3, '2026-12-23'],
  ])('%s + %i werkdagen = %s', (from, n, expected) => {
    expect(addWerkdagen(d(from), n)).toBe(expected);
  });
});

describe('Algemene termijnenwet', () => {
  test.each<[string, TermLength, string, string]>([
    // art. 1: 4 weeks ending on Friday 25 Dec 2026 → past both Christmas days and the weekend
    ['2026-11-27', { unit: 'weeks', count: 4 }, '2026-12-28', 'eerste Kerstdag'],
    // ending on Hemelvaart 2026, then the decree day, then the weekend
    ['2026-04-16', { unit: 'weeks', count: 4 }, '2026-05-18', 'Hemelvaartsdag + decree'],
    // ending on Nieuwjaarsdag 2026 (Thu), decree day Fri 2 Jan, weekend
    ['2025-12-04', { unit: 'weeks', count: 4 }, '2026-01-05', 'Nieuwjaarsdag + decree'],
    // ending on 5 mei 2027 (Wed), Hemelvaart Thu 6, decree Fri 7, weekend
    ['2027-04-07', { unit: 'weeks', count: 4 }, '2027-05-10', '5 mei 2027'],
    // ending on Koningsdag 2027 (Tue)
    ['2027-03-30', { unit: 'weeks', count: 4 }, '2027-04-28', 'Koningsdag 2027'],
    // ending on Koningsdag 2028 (Thu), decree Fri 28 April, weekend
    ['2028-03-30', { unit: 'weeks', count: 4 }, '2028-05-01', 'Koningsdag 2028 + decree'],
    // ending on Goede Vrijdag 2028, weekend, tweede Paasdag
    ['2028-03-17', { unit: 'weeks', count: 4 }, '2028-04-18', 'Goede Vrijdag → Easter Monday'],
    // ending on tweede Pinksterdag 2028
    ['2028-05-08', { unit: 'weeks', count: 4 }, '2028-06-06', 'tweede Pinksterdag'],
    // ending on a plain Saturday
    ['2026-09-05', { unit: 'weeks', count: 4 }, '2026-10-05', 'Saturday'],
    // running across Christmas but ending on a werkdag: no extension
    ['2026-12-01', { unit: 'weeks', count: 4 }, '2026-12-29', 'across Christmas'],
    // art. 2: 3 days from Thu 2 Apr 2026 ends Sun 5 Apr; Mon 6 is tweede Paasdag → Tue 7 (art. 1);
    // but Goede Vrijdag also falls in the term, so only Tue 7 is a werkdag → Wed 8 (art. 2)
    ['2026-04-02', { unit: 'days', count: 3 }, '2026-04-08', 'art. 2 over Easter'],
    // art. 2 where art. 1 alone gives nothing: event on eerste Kerstdag, term ends Mon 28 (a werkdag)
    // but contains only that one werkdag → Tue 29
    ['2026-12-25', { unit: 'days', count: 3 }, '2026-12-29', 'art. 2 over Christmas'],
    // a 2-day term is below art. 2's 3 days: only art. 1 (Sat 4 Apr → Tue 7 Apr)
    ['2026-04-02', { unit: 'days', count: 2 }, '2026-04-07', '2 days: only art. 1'],
    // art. 4 limits: 12 weeks / 90 days / 3 months still extended …
    ['2026-10-04', { unit: 'weeks', count: 12 }, '2026-12-28', '12 weeks ending on Sun 27 Dec'],
    ['2026-09-28', { unit: 'days', count: 90 }, '2026-12-28', '90 days ending on Sun 27 Dec'],
    ['2026-09-27', { unit: 'months', count: 3 }, '2026-12-28', '3 months ending on Sun 27 Dec'],
    // … one more is not (art. 4)
    ['2026-09-27', { unit: 'weeks', count: 13 }, '2026-12-27', '13 weeks: no Atw'],
    ['2026-09-27', { unit: 'days', count: 91 }, '2026-12-27', '91 days: no Atw'],
    ['2026-08-27', { unit: 'months', count: 4 }, '2026-12-27', '4 months: no Atw'],
  ])('%s + %o → %s (%s)', (from, length, expected) => {
    expect(termDeadline(d(from), length, true).deadline).toBe(expected);
  });

  test('practice norms (not statutory) get no Atw extension', () => {
    expect(termDeadline(d('2026-11-27'), { unit: 'weeks', count: 4 }, false).deadline).toBe('2026-12-25');
  });

  test('a term starts the day after the event: 4 weeks after Monday 2 March 2026 is Monday 30 March', () => {
    expect(plainTermEnd(d('2026-03-02'), { unit: 'weeks', count: 4 })).toBe('2026-03-30');
  });

  test('terms in hours are outside the Atw (art. 4)', () => {
    expect(atwApplicable({ unit: 'hours', count: 24 })).toBe(false);
    expect(() => plainTermEnd(d('2026-01-01'), { unit: 'hours', count: 24 })).toThrow(RangeError);
  });
});

const dateArb = fc
  .integer({ min: 0, max: 365 * 40 })
  .map((n) => addDays(d('2010-01-01'), n)) as fc.Arbitrary<CivilDate>;

const lengthArb: fc.Arbitrary<TermLength> = fc.oneof(
  fc.record({ unit: fc.constant('days' as const), count: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ unit: fc.constant('weeks' as const), count: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ unit: fc.constant('months' as const), count: fc.integer({ min: 0, max: 24 }) }),
  fc.record({ unit: fc.constant('werkdagen' as const), count: fc.integer({ min: 0, max: 30 }) }),
);

describe('properties', () => {
  test('deadlines are never earlier than the plain arithmetic', () => {
    fc.assert(
      fc.property(dateArb, lengthArb, fc.boolean(), (from, length, statutory) => {
        const result = termDeadline(from, length, statutory);
        expect(daysBetween(result.plainEnd, result.deadline)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test('with the Atw a deadline is a werkdag and is the earliest day satisfying art. 1 and 2', () => {
    fc.assert(
      fc.property(dateArb, lengthArb, (from, length) => {
        fc.pre(atwApplicable(length) && length.count > 0);
        const plain = plainTermEnd(from, length);
        const deadline = applyAtw(from, plain, length);
        expect(isWerkdag(deadline)).toBe(true);
        const threeDaysOrMore = length.unit === 'weeks' || length.unit === 'months' || length.count >= 3;
        if (threeDaysOrMore) expect(werkdagenBetween(from, deadline)).toBeGreaterThanOrEqual(2);
        // minimal: the day before the deadline fails art. 1 or art. 2 (or is before the plain end)
        const before = addDays(deadline, -1);
        const beforeOk =
          before >= plain && isWerkdag(before) && (!threeDaysOrMore || werkdagenBetween(from, before) >= 2);
        expect(beforeOk).toBe(false);
      }),
    );
  });

  test('addWerkdagen lands on a werkdag with exactly n werkdagen in between', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const end = addWerkdagen(from, n);
        expect(isWerkdag(end)).toBe(true);
        expect(werkdagenBetween(from, end)).toBe(n);
        expect(addWerkdagen(end, -n) <= from).toBe(true);
      }),
    );
  });
});
