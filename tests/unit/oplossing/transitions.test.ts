import { parseCivilDate as d } from '../../../domain/civil-date';
import { resolvePolicy } from '../../../domain/policy';
import { oplossingRules } from '../../../workflows/oplossing/rules';
import { computeProposal, offersByCreditor } from '../../../domain/proposal';
import { proposalClaimsOf } from '../../../workflows/oplossing/offers';
import { Effects } from '../../../workflows/oplossing/effects';
import { initialState } from '../../../workflows/oplossing/derived';
import { oplossingCreditorsFrom } from '../../../workflows/oplossing/from-case';
import { heroverwegingData } from '../../../workflows/oplossing/letters';
import { agendaOf } from '../../../workflows/oplossing/agenda';
import { advance } from '../../../workflows/oplossing/progression';
import { oplossingTransitions } from '../../../workflows/oplossing/transitions';
import { letterRegistry } from '../../../activities/letters/registry';
import { exampleAanmelding } from '../../support/aanmelding';
import { contextFor, oplossingInput } from './fixture';

/** Transitions as data: state + action → state + effects, and the agenda derived from state (no server). */

const start = (form: 'betalingsregeling' | 'saneringskrediet', afloscapaciteitPerMonth: number) => ({
  officerId: 'm',
  afloscapaciteitPerMonth,
  vtlbBasis: 'VTLB',
  form,
  kredietbank: 'Kredietbank Rotterdam',
  waarborgfonds: true,
});

describe('oplossing-start', () => {
  it('offers each claim part: preferent twice the percentage (Fw art. 349 lid 2–3), letters as effects', () => {
    const input = oplossingInput([
      { id: 'mixed', claim: 200_000, preferentCents: 100_000 },
      { id: 'plain', claim: 200_000 },
    ]);
    const state = initialState(input, 'x/oplossing');
    const fx = new Effects();
    // Available 18 × € 55,55 = € 999,90 over weight 1.000 + 2.000 + 2 × 1.000 = 5.000: p = 19,998%.
    oplossingTransitions['oplossing-start'](
      state,
      start('betalingsregeling', 5_555),
      contextFor(input, d('2027-03-01')),
      fx,
    );
    expect(state.status.creditors.map((c) => [c.stage, c.offerCents, c.percentageBasisPoints])).toEqual([
      ['voorgesteld', 59_994, 3000], // 599,94 / 2.000 = 29,997% → 30,00%
      ['voorgesteld', 39_996, 2000], // 399,96 / 2.000 = 19,998% → 20,00%
    ]);
    const letters = fx.list.filter((e) => e.kind === 'letter');
    expect(letters.map((e) => e.kind === 'letter' && [e.letter, e.to])).toEqual([
      ['betaalvoorstel', { to: 'creditor', creditorId: 'mixed' }],
      ['betaalvoorstel', { to: 'creditor', creditorId: 'plain' }],
    ]);
    // Answer term: 10 werkdagen from Monday 1 March 2027 → Monday 15 March (Schuldenknooppunt).
    expect(state.status.creditors[0]!.answerDeadline).toBe(d('2027-03-15'));
  });
});

describe('heroverweging', () => {
  it('gets a new term, and its letter states the rule with both percentages (not "iedereen hetzelfde")', () => {
    const input = oplossingInput([
      { id: 'bd', claim: 100_000, preferentCents: 100_000 },
      { id: 'c', claim: 100_000 },
    ]);
    const state = initialState(input, 'x/oplossing');
    const fx = new Effects();
    // 18 × € 60,86 = € 1.095,48 over weight 2 × 1.000 + 1.000 = 3.000: p = 36,516% → 36,52%; 2p = 73,032% → 73,03%.
    oplossingTransitions['oplossing-start'](
      state,
      start('betalingsregeling', 6_086),
      contextFor(input, d('2027-03-01')),
      fx,
    );
    const ctx = contextFor(input, d('2027-03-03'));
    oplossingTransitions['voorstel-afwijzing'](
      state,
      { creditorId: 'c', reason: 'Te laag' },
      ctx,
      new Effects(),
    );
    const c = state.status.creditors[1]!;
    expect(c).toMatchObject({ stage: 'heroverweging', answerDeadline: d('2027-03-17') });
    const data = heroverwegingData(
      state.status,
      c,
      ctx,
      { on: d('2027-03-03'), reason: 'Te laag' },
      d('2027-03-17'),
    );
    expect(data).toMatchObject({
      concurrentPercentageBasisPoints: 3652,
      preferentPercentageBasisPoints: 7303,
    });
    const parsed = letterRegistry.heroverweging.schema.parse(data);
    const text = JSON.stringify(
      letterRegistry.heroverweging.render(
        {
          letterhead: { name: 'Gemeente' },
          contact: {},
          access: { portalUrl: 'https://x', code: 'C' },
        } as never,
        {} as never,
        parsed as never,
      ),
    );
    expect(text).toContain(
      'Alle concurrente schuldeisers krijgen hetzelfde percentage van hun vordering (36,52%)',
    );
    expect(text).toContain(
      'preferente vorderingen krijgen twee keer dat percentage, met een maximum van 100% (73,03%)',
    );
    expect(text).not.toContain('iedereen krijgt hetzelfde percentage');
  });
});

describe('borgstelling and the agenda', () => {
  it('€ 9.000 waits for the fund (maatwerk): a decision term of 10 werkdagen on the agenda', () => {
    const input = oplossingInput([{ id: 'a', claim: 900_000 }]);
    const state = initialState(input, 'x/oplossing');
    oplossingTransitions['oplossing-start'](
      state,
      start('saneringskrediet', 50_000),
      contextFor(input, d('2027-03-01')),
      new Effects(),
    );
    const ctx = contextFor(input, d('2027-03-01'));
    oplossingTransitions['voorstel-akkoord'](state, { creditorId: 'a' }, ctx, new Effects());
    const fx = new Effects();
    advance(state, ctx, fx);
    expect(state.status.phase).toBe('borgstelling');
    expect(state.status.borgstelling).toMatchObject({
      assessment: 'maatwerk',
      premiumCents: 9_000,
      decisionBefore: d('2027-03-15'),
    });
    expect(fx.list.some((e) => e.kind === 'letter' && e.letter === 'aanvraag-borgstelling')).toBe(true);
    const keys = agendaOf(state, ctx, () => []).map((i) => i.key);
    expect(keys).toEqual(['borgstelling/termijn']);
  });
});

describe('oplossingCreditorsFrom (the case’s claims → the oplossing’s creditors)', () => {
  it('carries the preferent part per claim and the day of the vooraf akkoord', () => {
    const a = exampleAanmelding();
    const [c1, c2] = [a.creditors[1]!, a.creditors[2]!];
    const result = oplossingCreditorsFrom({
      creditors: [c1, c2],
      claims: [
        { creditorId: c1.id, amount: 100_000, preferent: true, reference: 'R1' },
        { creditorId: c1.id, amount: 100_000, preferent: false, reference: 'R2' },
        { creditorId: c2.id, amount: 50_000, preferent: false, reference: 'R3' },
      ],
      summaries: [
        { creditorId: c1.id, claimAmount: 200_000, removed: false },
        { creditorId: c2.id, claimAmount: 50_000, answer: 'vooraf-akkoord', removed: false },
      ],
      // 09:00 UTC on 2 March 2027 is 10:00 in Amsterdam: that day.
      timeline: [{ at: '2027-03-02T09:00:00.000Z', by: `creditor:${c2.id}`, action: 'vooraf akkoord' }],
    });
    expect(result.map((c) => [c.claimAmount, c.preferentCents, c.preferent, c.voorafAkkoordOn])).toEqual([
      [200_000, 100_000, true, undefined],
      [50_000, 0, false, d('2027-03-02')],
    ]);
  });
});

describe('offersByCreditor (domain/proposal.ts): the offer per claim part', () => {
  it('caps the preferent part at 100% and gives the rest to the concurrent claims (Fw art. 349 lid 2)', () => {
    // Mixed € 1.000 preferent + € 1.000 concurrent, plain € 2.000 concurrent; available € 3.000.
    // p = 3.000 / (2 × 1.000 + 3.000) = 60%: 2p = 120% > 100%, so the preferent part takes € 1.000 and
    // p = 2.000 / 3.000 = 66,67% on the concurrent € 3.000: 666,666… and 1.333,333… → one cent to the larger
    // remainder (666,67): mixed € 1.000 + € 666,67 = € 1.666,67, plain € 1.333,33.
    const proposal = computeProposal({
      afloscapaciteitPerMonth: 300_000,
      months: 1,
      claims: proposalClaimsOf(
        oplossingInput([
          { id: 'mixed', claim: 200_000, preferentCents: 100_000 },
          { id: 'plain', claim: 200_000 },
        ]).creditors,
      ),
    });
    expect([...offersByCreditor(proposal)]).toEqual([
      ['mixed', 166_667],
      ['plain', 133_333],
    ]);
  });
});

describe('the borgstelling follows the gemeente configuration', () => {
  const krediet = (input: ReturnType<typeof oplossingInput>) => {
    const state = initialState(input, 'x/oplossing');
    const ctx = contextFor(input, d('2027-03-01'));
    oplossingTransitions['oplossing-start'](state, start('saneringskrediet', 30_000), ctx, new Effects());
    for (const c of input.creditors)
      oplossingTransitions['voorstel-akkoord'](state, { creditorId: c.creditor.id }, ctx, new Effects());
    const fx = new Effects();
    advance(state, ctx, fx);
    return { state, fx };
  };
  it('€ 4.999,99 for a gemeente not on the kredietbank’s list is maatwerk (accepteer-automatisch.feature)', () => {
    const input = oplossingInput([{ id: 'a', claim: 499_999 }]);
    input.policy = resolvePolicy({ waarborgfonds: { aangeslotenGemeenten: ['GM0363'] } });
    expect(krediet(input).state.status.borgstelling).toMatchObject({
      assessment: 'maatwerk',
      premiumCents: 4_999,
    });
  });
  it('a categorie with maatwerk vanaf € 4.000 sends € 4.999,99 to the fund; the premium is the categorie’s', () => {
    const input = oplossingInput([{ id: 'a', claim: 499_999 }]);
    input.policy = resolvePolicy({
      waarborgfonds: {
        categorie: {
          accepterenVanafCents: 0,
          maatwerkVanafCents: 400_000,
          afwijzenVanafCents: 1_000_000,
          premieBasisPoints: 200,
        },
      },
    });
    // 2% of € 4.999,99 = € 99,9998 → truncated € 99,99.
    expect(krediet(input).state.status.borgstelling).toMatchObject({
      assessment: 'maatwerk',
      premiumCents: 9_999,
    });
  });
  it('after a refusal a betalingsregeling is refused while a creditor is bound only by its vooraf akkoord', () => {
    const input = oplossingInput([{ id: 'a', claim: 1_200_000 }]);
    input.creditors[0]!.voorafAkkoord = true;
    input.creditors[0]!.voorafAkkoordOn = d('2027-02-01');
    const state = initialState(input, 'x/oplossing');
    const ctx = contextFor(input, d('2027-03-01'));
    oplossingTransitions['oplossing-start'](state, start('saneringskrediet', 70_000), ctx, new Effects());
    advance(state, ctx, new Effects());
    expect(state.status).toMatchObject({
      awaitingOfficerChoice: true,
      borgstelling: { assessment: 'afgewezen' },
    });
    const rule = oplossingRules['borgstelling-vervolg'];
    const body = { officerId: 'm', date: d('2027-03-01'), route: 'betalingsregeling' as const };
    expect(() => rule(body, { status: state.status, input, today: d('2027-03-01') })).toThrow(
      'Een betalingsregeling kan niet zonder nieuw voorstel: a ging alleen vooraf akkoord met een saneringskrediet.',
    );
    expect(() =>
      rule(
        { ...body, route: 'zonder-borgstelling' },
        { status: state.status, input, today: d('2027-03-01') },
      ),
    ).not.toThrow();
  });
});
