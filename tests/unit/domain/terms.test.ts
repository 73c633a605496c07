// Expected deadlines worked out by hand from Wgs art. 4, 4a, 5, the Atw and the NVVK norms.
import fc from 'fast-check';
import { addDays, addMonths, parseCivilDate as d, type CivilDate } from '../../../domain/civil-date';
import { isWerkdag } from '../../../domain/calendar';
import {
  bezwaarDeadline,
  beschikkingDeadline,
  creditorAnswerDeadline,
  CRISIS_SITUATIONS,
  eersteGesprekDeadline,
  kennisgevingPauseEnd,
  looptijdEnd,
  moratoriumEnd,
  noodstopEnd,
  schuldregelingDeadline,
  type CrisisSituation,
} from '../../../domain/terms';

describe('eerste gesprek (Wgs art. 4)', () => {
  test('4 weeks after the request', () => {
    const term = eersteGesprekDeadline(d('2026-12-23'));
    expect(term).toMatchObject({ kind: 'eerste-gesprek', from: '2026-12-23', deadline: '2027-01-20' });
    expect(term.source).toContain('Wgs art. 4 lid 1');
  });

  test('4 weeks ending on Hemelvaartsdag 2026 run past the decree day and the weekend (Atw)', () => {
    expect(eersteGesprekDeadline(d('2026-04-16')).deadline).toBe('2026-05-18');
  });

  test.each(CRISIS_SITUATIONS)(
    'crisis just before Christmas (%s): 3 werkdagen → Tue 29 Dec 2026',
    (situation) => {
      const term = eersteGesprekDeadline(d('2026-12-23'), situation);
      expect(term.deadline).toBe('2026-12-29');
      expect(term.source).toContain('Wgs art. 4 lid 2');
    },
  );

  test('crisis on Christmas Eve 2027 (Friday): Mon 27, Tue 28, Wed 29 Dec', () => {
    expect(eersteGesprekDeadline(d('2027-12-24'), 'afsluiting-energie-water').deadline).toBe('2027-12-29');
  });

  test("a gemeente's own urgent reasons (garnishment) do not shorten the statutory term", () => {
    expect(() => eersteGesprekDeadline(d('2026-12-23'), 'beslaglegging' as CrisisSituation)).toThrow(
      RangeError,
    );
  });
});

describe('beschikking (Wgs art. 4a)', () => {
  test('8 weeks after the eerste gesprek, Atw applied: ends on Hemelvaart 2026 → Mon 18 May', () => {
    const term = beschikkingDeadline(d('2026-03-19'));
    expect(term.deadline).toBe('2026-05-18');
    expect(term.source).toContain('Wgs art. 4a');
  });

  test('a shorter verordening term counts in plain weeks', () => {
    expect(beschikkingDeadline(d('2026-03-19'), 6).deadline).toBe('2026-04-30');
  });

  test('the verordening can never exceed 8 weeks', () => {
    expect(() => beschikkingDeadline(d('2026-03-19'), 9)).toThrow(RangeError);
    expect(() => beschikkingDeadline(d('2026-03-19'), 0)).toThrow(RangeError);
  });

  test('a verordening term is never later than the statutory one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 8 }), (n, weeks) => {
        const from = addDays(d('2020-01-01'), n);
        expect(beschikkingDeadline(from, weeks).deadline <= beschikkingDeadline(from).deadline).toBe(true);
      }),
    );
  });
});

describe('practice norms and long terms (no Atw)', () => {
  test('creditor answer: 10 werkdagen, across Christmas and Nieuwjaarsdag 2027', () => {
    // Fri 18 Dec 2026: 21,22,23,24 | 28,29,30,31 | (1 Jan) | 4, 5 Jan
    const term = creditorAnswerDeadline(d('2026-12-18'));
    expect(term).toMatchObject({ kind: 'creditor-answer', deadline: '2027-01-05' });
    expect(term.source).toContain('Schuldenknooppunt');
  });

  test('kennisgeving pause: 4 or 8 months, clamped to month end, not moved off a Sunday', () => {
    expect(kennisgevingPauseEnd(d('2026-10-31'), 4).deadline).toBe('2027-02-28');
    expect(kennisgevingPauseEnd(d('2026-06-30'), 8).deadline).toBe('2027-02-28');
    expect(kennisgevingPauseEnd(d('2026-08-27'), 4).deadline).toBe('2026-12-27');
    expect(() => kennisgevingPauseEnd(d('2026-08-27'), 6 as 4)).toThrow(RangeError);
  });

  test('noodstop: 4 months; +8 months once help starts within them', () => {
    expect(noodstopEnd(d('2026-03-10')).deadline).toBe('2026-07-10');
    expect(noodstopEnd(d('2026-03-10'), d('2026-05-01')).deadline).toBe('2027-03-10');
    expect(noodstopEnd(d('2026-03-10'), d('2026-08-01')).deadline).toBe('2026-07-10');
  });

  test('schuldregeling: 120 days, even when that is 5 mei', () => {
    expect(schuldregelingDeadline(d('2026-01-01')).deadline).toBe('2026-05-01');
    expect(schuldregelingDeadline(d('2026-01-05')).deadline).toBe('2026-05-05');
  });

  test('moratorium: at most 6 months (Wgs art. 5)', () => {
    expect(moratoriumEnd(d('2026-08-31')).deadline).toBe('2027-02-28');
    expect(moratoriumEnd(d('2026-08-31'), 3).deadline).toBe('2026-11-30');
    expect(() => moratoriumEnd(d('2026-08-31'), 7)).toThrow(RangeError);
  });

  test('looptijd: 18 months, even when it ends on Nieuwjaarsdag', () => {
    expect(looptijdEnd(d('2026-07-01')).deadline).toBe('2028-01-01');
  });
});

describe('properties', () => {
  const dateArb = fc
    .integer({ min: 0, max: 365 * 30 })
    .map((n) => addDays(d('2010-01-01'), n)) as fc.Arbitrary<CivilDate>;

  test('no term ends before its plain arithmetic', () => {
    fc.assert(
      fc.property(dateArb, (from) => {
        expect(eersteGesprekDeadline(from).deadline >= addDays(from, 28)).toBe(true);
        expect(beschikkingDeadline(from).deadline >= addDays(from, 56)).toBe(true);
        expect(kennisgevingPauseEnd(from, 8).deadline >= addMonths(from, 8)).toBe(true);
        expect(looptijdEnd(from).deadline >= addMonths(from, 18)).toBe(true);
      }),
    );
  });

  test('statutory short terms end on a werkdag; the crisis term is never later than the normal one', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...CRISIS_SITUATIONS), (from, situation) => {
        const normal = eersteGesprekDeadline(from).deadline;
        const crisis = eersteGesprekDeadline(from, situation).deadline;
        expect(isWerkdag(normal) && isWerkdag(crisis)).toBe(true);
        expect(crisis <= normal).toBe(true);
      }),
    );
  });
});

describe('bezwaar (Awb art. 6:7)', () => {
  it('runs six weeks from the day after the beschikking was sent', () => {
    // Sent Monday 2026-11-23: six weeks later is Monday 2027-01-04, a werkdag.
    expect(bezwaarDeadline(d('2026-11-23'))).toMatchObject({
      deadline: '2027-01-04',
      source: 'Awb art. 6:7; Atw',
    });
  });
  it('moves past Christmas and the weekend when it would end on them (Atw art. 1)', () => {
    // Sent Friday 2026-11-13: six weeks later is Friday 2026-12-25 (eerste Kerstdag) → Monday 2026-12-28.
    expect(bezwaarDeadline(d('2026-11-13')).deadline).toBe('2026-12-28');
  });
});
