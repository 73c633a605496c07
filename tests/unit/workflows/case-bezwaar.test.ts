import { parseCivilDate } from '../../../domain/civil-date';
import { beschikkingToelating, bezwaarBefore } from '../../../workflows/case/letters';
import { exampleAanmelding } from '../../support/aanmelding';

/**
 * The bezwaar date of a beschikking (Awb art. 6:7: six weeks; art. 6:8: from the day after it was sent;
 * Atw art. 1: a term ending on a feestdag or weekend runs on). Worked by hand:
 *   sent Friday 20 November 2026 → the term starts Saturday 21 November → six weeks end on Friday 1 January
 *   2027, Nieuwjaarsdag → Saturday 2, Sunday 3 → Monday 4 January 2027.
 *   The decision date typed in (1 October 2026) would give Thursday 12 November 2026: already past on 20 November.
 */
describe('bezwaartermijn from the day the beschikking is sent', () => {
  it('a beschikking dated 1 October and sent 20 November: bezwaar until 4 January 2027', () => {
    const letter = beschikkingToelating(
      exampleAanmelding(),
      parseCivilDate('2026-10-01'),
      parseCivilDate('2026-11-20'),
      parseCivilDate('2026-09-15'),
      { goal: 'doel', residentActions: ['a'], gemeenteActions: ['b'] },
    );
    expect(letter.kind).toBe('beschikking-toelating');
    expect(letter.date).toBe('2026-10-01');
    expect(letter.kind === 'beschikking-toelating' && letter.data.bezwaarBefore).toBe('2027-01-04');
  });

  it('sent on a plain Tuesday: six weeks later, the same weekday (Tuesday 3 March 2026 → Tuesday 14 April 2026)', () => {
    // 3 March + 42 days = 14 April 2026; tweede Paasdag 2026 is 6 April, not the last day: no shift.
    expect(bezwaarBefore(parseCivilDate('2026-03-03'))).toBe('2026-04-14');
  });
});
