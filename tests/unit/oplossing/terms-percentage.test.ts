import { parseCivilDate as d } from '../../../domain/civil-date';
import { formatPercentage, basisPointsOf } from '../../../domain/percentage';
import {
  borgstellingDecisionDeadline,
  creditorAnswerDeadline,
  dwangakkoordRulingDeadline,
  heroverwegingDeadline,
} from '../../../domain/terms';

/** Hand-worked from the calendar of 2027 (Hemelvaart 6 May; KB gelijkgestelde dag 7 May, Stcrt. 2025, 24713). */

describe('dwangakkoord ruling term: 8 days after the hearing (Fw art. 287a lid 4), Atw applied', () => {
  it('a Tuesday hearing: the Wednesday a week later', () => {
    expect(dwangakkoordRulingDeadline(d('2027-03-02'))).toMatchObject({
      deadline: d('2027-03-10'),
      source: 'Fw art. 287a lid 4; Atw',
    });
  });
  it('ending on a Saturday runs on to Monday (Atw art. 1)', () => {
    expect(dwangakkoordRulingDeadline(d('2027-03-05')).deadline).toBe(d('2027-03-15'));
  });
  it('ending on Hemelvaartsdag 2027 runs past the gelijkgestelde Friday and the weekend', () => {
    // 28 April + 8 = Thursday 6 May (Hemelvaart) → Friday 7 May (KB) → Saturday, Sunday → Monday 10 May.
    expect(dwangakkoordRulingDeadline(d('2027-04-28')).deadline).toBe(d('2027-05-10'));
  });
});

describe('heroverweging: a term of its own (Schuldenknooppunt: 10 werkdagen from the heroverweging)', () => {
  it('not the betaalvoorstel’s deadline', () => {
    // Proposal Monday 1 March 2027: 10 werkdagen → Monday 15 March. Rejected and heroverweging sent Wednesday
    // 3 March: 10 werkdagen (4, 5, 8–12, 15, 16, 17 March) → Wednesday 17 March.
    expect(creditorAnswerDeadline(d('2027-03-01'), 10).deadline).toBe(d('2027-03-15'));
    expect(heroverwegingDeadline(d('2027-03-03'), 10)).toMatchObject({
      kind: 'heroverweging',
      deadline: d('2027-03-17'),
      source: 'Schuldenknooppunt: heroverweging 10 werkdagen',
    });
  });
});

describe('borgstelling decision term (gemeente configuration, default 10 werkdagen)', () => {
  it('counts werkdagen', () => {
    expect(borgstellingDecisionDeadline(d('2027-03-01'), 10).deadline).toBe(d('2027-03-15'));
  });
});

describe('one percentage formatter: two decimals, Dutch comma', () => {
  it('prints 36,51% and 73,02% (the walk-through’s heroverweging) and rounds half up', () => {
    expect(formatPercentage(3651)).toBe('36,51%');
    expect(formatPercentage(7302)).toBe('73,02%');
    expect(formatPercentage(3650)).toBe('36,50%');
    expect(formatPercentage(10_000)).toBe('100,00%');
    expect(basisPointsOf(1, 3)).toBe(3333); // 33,333…%
    expect(basisPointsOf(2, 3)).toBe(6667); // 66,666…%
    expect(basisPointsOf(0, 0)).toBe(0);
  });
});
