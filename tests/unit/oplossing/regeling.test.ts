import { parseCivilDate as d } from '../../../domain/civil-date';
import { initialState } from '../../../workflows/oplossing/derived';
import { Effects } from '../../../workflows/oplossing/effects';
import { bevestigingSchuldregelingData } from '../../../workflows/oplossing/letters';
import { advance } from '../../../workflows/oplossing/progression';
import { oplossingTransitions } from '../../../workflows/oplossing/transitions';
import { contextFor, oplossingInput } from './fixture';

/** After the agreement: finale kwijting per record, the first minnelijke aflossing (no server). */

function agreed(creditors: Parameters<typeof oplossingInput>[0], grants?: Record<string, boolean>) {
  const input = oplossingInput(creditors);
  for (const c of input.creditors)
    if (grants?.[c.creditor.id] !== undefined) c.creditor.grantsFinaleKwijting = grants[c.creditor.id]!;
  const state = initialState(input, 'x/oplossing');
  const ctx = contextFor(input, d('2027-03-01'));
  const start = {
    officerId: 'm',
    afloscapaciteitPerMonth: 5_000,
    vtlbBasis: 'VTLB',
    form: 'betalingsregeling' as const,
    waarborgfonds: false,
  };
  oplossingTransitions['oplossing-start'](state, start, ctx, new Effects());
  for (const c of input.creditors)
    oplossingTransitions['voorstel-akkoord'](state, { creditorId: c.creditor.id }, ctx, new Effects());
  const fx = new Effects();
  advance(state, ctx, fx);
  return { state, ctx, fx };
}

describe('finale kwijting follows the creditor record (grantsFinaleKwijting)', () => {
  it('an explicit false on a bank is respected, and the resident is told which claim stays', () => {
    // 18 × € 50 = € 900 over € 1.000 + € 1.000: 45% each, so € 550 stays of the bank's claim.
    const { state, ctx } = agreed(
      [
        { id: 'bank', claim: 100_000, type: 'bank' },
        { id: 'overig', claim: 100_000 },
      ],
      { bank: false },
    );
    expect(state.status.creditors.map((c) => c.grantsFinaleKwijting)).toEqual([false, true]);
    const data = bevestigingSchuldregelingData(
      state.status,
      ctx,
      state.status.looptijd!,
      state.status.looptijd!.instalments,
    );
    expect(data).toMatchObject({
      hasClaimsWithoutKwijting: true,
      claimsWithoutKwijting: [{ name: 'Schuldeiser bank', remainingCents: 55_000 }],
    });
  });
  it('CJIB never grants it, whatever the record says', () => {
    const { state } = agreed([{ id: 'cjib', claim: 100_000, type: 'cjib' }], { cjib: true });
    expect(state.status.creditors[0]!.grantsFinaleKwijting).toBe(false);
  });
});

describe('first minnelijke aflossing (Fw art. 349a counts the Wsnp term from it)', () => {
  it('is the earliest payment, and an earlier date given with the Wsnp-verklaring wins', () => {
    const { state, ctx } = agreed([{ id: 'a', claim: 100_000 }]);
    oplossingTransitions.betaling(
      state,
      { officerId: 'm', date: d('2027-04-01'), amount: 5_000 },
      ctx,
      new Effects(),
    );
    oplossingTransitions.betaling(
      state,
      { officerId: 'm', date: d('2027-05-01'), amount: 5_000 },
      ctx,
      new Effects(),
    );
    expect(state.status.firstAflossingOn).toBe('2027-04-01');
    const fx = new Effects();
    oplossingTransitions['wsnp-verklaring'](
      state,
      { officerId: 'm', date: d('2027-06-01'), reason: 'Geen regeling', firstAflossingOn: d('2027-02-15') },
      ctx,
      fx,
    );
    expect(state.status).toMatchObject({
      firstAflossingOn: '2027-02-15',
      outcome: 'wsnp',
      phase: 'afgesloten',
    });
    expect(fx.list).toContainEqual({
      kind: 'timeline',
      by: 'system',
      action: 'eerste aflossing minnelijk traject (Fw art. 349a)',
      detail: '2027-02-15',
    });
  });
});
