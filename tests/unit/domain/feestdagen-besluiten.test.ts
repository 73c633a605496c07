import { parseCivilDate } from '../../../domain/civil-date';
import { DECREE_DAYS } from '../../../domain/feestdagen-besluiten';
import { feestdag } from '../../../domain/feestdagen';
import { eersteGesprekDeadline } from '../../../domain/terms';

/**
 * Every decree day in the table, worked by hand: a 4-week eerste-gesprek term (Wgs art. 4 lid 1) that would
 * end on the decree day runs on to the next day that is no Saturday, Sunday or feestdag (Atw art. 1).
 * Sources of the days: Stcrt. 2025, 24713 (2026–2028); for 2025 the day named in domain.md and issue 12 §3.1
 * (Friday after Hemelvaartsdag, 29 May 2025 = Easter 20 April + 39). Weekdays and the next Mondays checked on
 * a calendar; none of those Mondays is a feestdag (Pinksteren 2025: 8/9 June; 2026: 24/25 May; 2027: 16/17
 * May; 2028: 4/5 June; 1 May is no Atw feestdag).
 */
const table: [year: number, requestDate: string, decreeDay: string, termEnds: string][] = [
  [2025, '2025-05-02', '2025-05-30', '2025-06-02'], // issue 12: ends 2 June 2025, not 30 May
  [2026, '2025-12-05', '2026-01-02', '2026-01-05'], // Friday after Nieuwjaarsdag (Thursday 1 January)
  [2026, '2026-04-17', '2026-05-15', '2026-05-18'], // Friday after Hemelvaartsdag 14 May
  [2027, '2027-04-09', '2027-05-07', '2027-05-10'], // Friday after Hemelvaartsdag 6 May
  [2028, '2028-03-31', '2028-04-28', '2028-05-01'], // Friday after Koningsdag (Thursday 27 April)
  [2028, '2028-04-28', '2028-05-26', '2028-05-29'], // Friday after Hemelvaartsdag 25 May
];

describe('Atw gelijkgestelde dagen (Atw art. 3 lid 3), one row per decree day', () => {
  it.each(table)('%i: a term from %s would end on %s and runs on to %s', (_year, from, day, ends) => {
    expect(feestdag(parseCivilDate(day))?.kind).toBe('koninklijk-besluit');
    expect(eersteGesprekDeadline(parseCivilDate(from)).deadline).toBe(ends);
  });

  it('the table in the code holds exactly the hand-worked days', () => {
    expect(DECREE_DAYS.map((d) => d.date).sort()).toEqual(table.map(([, , day]) => day).sort());
  });

  it('the day before Hemelvaartsdag 2025 is no feestdag (control)', () => {
    expect(feestdag(parseCivilDate('2025-05-28'))).toBeUndefined();
  });
});
