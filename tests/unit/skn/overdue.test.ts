import type { CivilDate } from '../../../domain/civil-date';
import { isSknMessageOverdue, sknFetchVerdict } from '../../../domain/skn/overdue';
import { sknFetchDeadline } from '../../../domain/terms';

const d = (s: string) => s as CivilDate;

describe('SKN fetch term: 5 werkdagen (Schuldenknooppunt procesafspraken)', () => {
  it('counts over a weekend: Thursday 3 Dec 2026 → Thursday 10 Dec (Fri 4, Mon 7, Tue 8, Wed 9, Thu 10)', () => {
    expect(sknFetchDeadline(d('2026-12-03'))).toMatchObject({
      kind: 'skn-ophalen',
      deadline: '2026-12-10',
      source: 'Schuldenknooppunt: ophalen binnen 5 werkdagen',
    });
    expect(isSknMessageOverdue({ placedOn: d('2026-12-03') }, d('2026-12-10'))).toBe(false);
    expect(isSknMessageOverdue({ placedOn: d('2026-12-03') }, d('2026-12-11'))).toBe(true);
  });

  it('skips Koningsdag and 5 mei: Friday 24 Apr 2026 → Monday 4 May (Mon 27 Apr is Koningsdag)', () => {
    // Tue 28 (1), Wed 29 (2), Thu 30 (3), Fri 1 May (4), Mon 4 May (5).
    expect(sknFetchDeadline(d('2026-04-24')).deadline).toBe('2026-05-04');
    expect(sknFetchVerdict({ placedOn: d('2026-04-24') }, d('2026-05-04')).state).toBe('wacht');
    expect(sknFetchVerdict({ placedOn: d('2026-04-24') }, d('2026-05-05')).state).toBe('niet-opgehaald');
  });

  it('skips both Christmas days: Wednesday 23 Dec 2026 → Thursday 31 Dec', () => {
    // Thu 24 (1), Fri 25 and Sat 26 Kerst, Sun 27, Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 31 (5).
    expect(sknFetchDeadline(d('2026-12-23')).deadline).toBe('2026-12-31');
    expect(isSknMessageOverdue({ placedOn: d('2026-12-23') }, d('2026-12-31'))).toBe(false);
    expect(isSknMessageOverdue({ placedOn: d('2026-12-23') }, d('2027-01-01'))).toBe(true);
  });

  it('a fetch on or before the last day counts; a later fetch does not (the SKN deleted it)', () => {
    const placedOn = d('2026-12-03');
    expect(sknFetchVerdict({ placedOn, firstFetchedOn: d('2026-12-10') }, d('2026-12-20')).state).toBe(
      'opgehaald',
    );
    expect(sknFetchVerdict({ placedOn, firstFetchedOn: d('2026-12-04') }, d('2026-12-04')).state).toBe(
      'opgehaald',
    );
    expect(sknFetchVerdict({ placedOn, firstFetchedOn: d('2026-12-11') }, d('2026-12-11')).state).toBe(
      'niet-opgehaald',
    );
  });
});
