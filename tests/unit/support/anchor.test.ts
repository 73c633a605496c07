import { civilDate } from '../../../domain/civil-date';
import { anchorInstant, testAnchor } from '../../support/anchor';

/** The test anchor: every time-skipping test file starts from it, whatever the real date. */

const realNow = Date.UTC(2026, 11, 1, 9, 22); // Tuesday 1 December 2026, 10:22 in Amsterdam

describe('test anchor', () => {
  it('unset (empty): the next 16 March after the real date, whatever anchor this run itself uses', () => {
    expect(testAnchor(realNow, '')).toBe('2027-03-16');
    expect(testAnchor(Date.UTC(2027, 0, 10), '')).toBe('2027-03-16');
    // On 16 March itself the server cannot go back to 09:00, so the next year's 16 March is taken.
    expect(testAnchor(Date.UTC(2027, 2, 16, 12), '')).toBe('2028-03-16');
  });

  it('MM-DD: the next such day; YYYY-MM-DD: that day', () => {
    expect(testAnchor(realNow, '01-27')).toBe('2027-01-27');
    expect(testAnchor(realNow, '12-14')).toBe('2026-12-14');
    expect(testAnchor(realNow, '2027-12-14')).toBe('2027-12-14');
  });

  it('refuses a date the test server cannot reach, and nonsense', () => {
    expect(() => testAnchor(realNow, '2026-11-30')).toThrow('ligt niet na vandaag (2026-12-01)');
    expect(() => testAnchor(realNow, '2027-02-30')).toThrow('schrijf YYYY-MM-DD of MM-DD');
    expect(() => testAnchor(realNow, '02-30')).toThrow('geen geldige dag en maand');
  });

  it('starts at 09:00 Amsterdam time: 08:00 UTC in winter, 07:00 UTC in summer', () => {
    expect(anchorInstant(civilDate(2027, 1, 27))).toBe(Date.UTC(2027, 0, 27, 8));
    expect(anchorInstant(civilDate(2027, 7, 1))).toBe(Date.UTC(2027, 6, 1, 7));
  });
});
