import type { CivilDate } from '../../../domain/civil-date';
import { managementFigures, type Figure } from '../../../domain/management/figures';
import { caseA, caseB, caseC, caseD, exampleEvents } from '../../ddas/cases';

/** The management figures over the hand-built cases of tests/ddas/cases.ts, every number worked out by hand. */
const d = (s: string) => s as CivilDate;
const figures = managementFigures(exampleEvents, {
  gemeente: 'GM0599',
  from: d('2026-01-01'),
  to: d('2026-12-31'),
  today: d('2026-12-01'),
});
const fig = (id: string): Figure => figures.find((f) => f.id === id)!;
const bars = (id: string) => fig(id).bars.map((b) => [b.label, b.value, b.caseIds]);

describe('management figures, GM0599, 2026', () => {
  it('waiting time to the eerste gesprek: D after 14 days (term 1 June), C after 30 (term 30 March: late)', () => {
    expect(bars('wachttijd')).toEqual([
      ['0–3 dagen', 0, []],
      ['4–7 dagen', 0, []],
      ['8–14 dagen', 1, [caseD]],
      ['15–28 dagen', 0, []],
      ['meer dan 28 dagen', 1, [caseC]],
    ]);
    expect(bars('gesprek-termijn')).toEqual([
      ['binnen de termijn', 1, [caseD]],
      ['te laat', 1, [caseC]],
    ]);
    expect(fig('wachttijd').summary).toBe(
      '50% van 2 eerste gesprekken binnen de termijn van de Wgs (art. 4).',
    );
  });

  it('beschikkingen in 2026: D on 1 June (term 13 July), C on 15 June (term 27 May: late); A was in 2025', () => {
    expect(bars('beschikking-termijn')).toEqual([
      ['binnen de termijn', 1, [caseD]],
      ['te laat', 1, [caseC]],
    ]);
  });

  it('time to the end of stabilisatie (D: 91 days) and to the start of the oplossing (D: 98 days)', () => {
    expect(bars('tot-stabilisatie').filter(([, v]) => v)).toEqual([['8–13 weken', 1, [caseD]]]);
    expect(bars('tot-oplossing').filter(([, v]) => v)).toEqual([['13–26 weken', 1, [caseD]]]);
    expect(fig('tot-stabilisatie').summary).toBe('Mediaan 91 dagen over 1 zaak.');
  });

  it('outcomes: A saneringskrediet, D schuldregeling, C afgewezen, B ingetrokken', () => {
    expect(bars('uitkomsten')).toEqual([
      ['schuldregeling', 1, [caseD]],
      ['saneringskrediet', 1, [caseA]],
      ['Wsnp', 0, []],
      ['afgewezen', 1, [caseC]],
      ['ingetrokken', 1, [caseB]],
      ['beëindigd', 0, []],
    ]);
  });

  it('open on 1 December 2026: A and D in their looptijd', () => {
    expect(bars('open-zaken').filter(([, v]) => v)).toEqual([['looptijd', 2, [caseA, caseD]]]);
  });

  it('creditors by lateness: telco answered on 14 July, 28 days after its term of 10 werkdagen (16 June)', () => {
    expect(bars('schuldeisers-laat')).toEqual([['telco', 28, [caseD]]]);
    // In 2025 woonstad answered on 10 December, inside its term (16 December).
    const y2025 = managementFigures(exampleEvents, {
      gemeente: 'GM0599',
      from: d('2025-01-01'),
      to: d('2025-12-31'),
      today: d('2026-12-01'),
    });
    expect(y2025.find((f) => f.id === 'schuldeisers-laat')!.bars).toEqual([
      { label: 'woonstad', value: 0, caseIds: [caseA] },
    ]);
  });
});
