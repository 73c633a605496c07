import fc from 'fast-check';
import { parseCivilDate as d } from '../../../domain/civil-date';
import {
  computeProposal,
  isAutomaticBorgstelling,
  repaymentSchedule,
  saneringskredietAmount,
  waarborgfondsPremium,
  type ProposalClaim,
} from '../../../domain/proposal';

const c = (creditorId: string, amount: number, preferent = false): ProposalClaim => ({
  creditorId,
  amount,
  preferent,
});
const amounts = (claims: ProposalClaim[], perMonth: number, months = 18) =>
  computeProposal({ afloscapaciteitPerMonth: perMonth, months, claims }).offers.map((o) => o.amount);

describe('worked examples', () => {
  test('enough capacity: everyone gets 100%', () => {
    const p = computeProposal({
      afloscapaciteitPerMonth: 10_000,
      months: 18,
      claims: [c('a', 50_000), c('b', 70_000, true)],
    });
    expect(p.kind).toBe('volledig');
    expect(p.available).toBe(180_000);
    expect(p.offers.map((o) => o.amount)).toEqual([50_000, 70_000]);
    expect([p.concurrentPercentage, p.preferentPercentage]).toEqual([100, 100]);
  });

  test('concurrent only: the same percentage for all (€ 100 × 18 over € 2.000 + € 1.600 = 50%)', () => {
    const p = computeProposal({
      afloscapaciteitPerMonth: 10_000,
      months: 18,
      claims: [c('a', 200_000), c('b', 160_000)],
    });
    expect(p.offers.map((o) => o.amount)).toEqual([100_000, 80_000]);
    expect(p.concurrentPercentage).toBe(50);
    expect(p.preferentPercentage).toBeNull();
  });

  test('preferent gets twice the concurrent percentage: 1200 over 1000 c + 1000 p → 40% / 80%', () => {
    const p = computeProposal({
      afloscapaciteitPerMonth: 100,
      months: 12,
      claims: [c('c', 1000), c('p', 1000, true)],
    });
    expect(p.offers.map((o) => o.amount)).toEqual([400, 800]);
    expect([p.concurrentPercentage, p.preferentPercentage]).toEqual([40, 80]);
  });

  test('preferent capped at 100%, the rest goes to concurrent: 1600 → 600 / 1000', () => {
    const p = computeProposal({
      afloscapaciteitPerMonth: 100,
      months: 16,
      claims: [c('c', 1000), c('p', 1000, true)],
    });
    expect(p.offers.map((o) => o.amount)).toEqual([600, 1000]);
    expect([p.concurrentPercentage, p.preferentPercentage]).toEqual([60, 100]);
  });

  test('exactly at the cap boundary: 1500 → 500 / 1000', () => {
    expect(amounts([c('c', 1000), c('p', 1000, true)], 100, 15)).toEqual([500, 1000]);
  });

  test('only preferent claims, not enough: equal percentage among them', () => {
    const p = computeProposal({
      afloscapaciteitPerMonth: 50,
      months: 10,
      claims: [c('p1', 1000, true), c('p2', 250, true)],
    });
    expect(p.offers.map((o) => o.amount)).toEqual([400, 100]);
    expect(p.preferentPercentage).toBe(40);
  });

  test('leftover cent goes to the largest rounding remainder: 100 over 100 + 200 → 33 / 67', () => {
    expect(amounts([c('a', 100), c('b', 200)], 100, 1)).toEqual([33, 67]);
  });

  test('ties in remainder go by input order: 2 cents over three 1-cent claims → 1, 1, 0', () => {
    expect(amounts([c('a', 1), c('b', 1), c('c', 1)], 2, 1)).toEqual([1, 1, 0]);
    expect(amounts([c('a', 3), c('b', 3), c('c', 3)], 4, 1)).toEqual([2, 1, 1]);
  });

  test('percentages are exact rationals shown with 4 decimals: 1 over 3 → 33.3333%', () => {
    const p = computeProposal({ afloscapaciteitPerMonth: 1, months: 1, claims: [c('a', 3)] });
    expect(p.concurrentShare).toEqual({ num: 1n, den: 3n });
    expect(p.concurrentPercentage).toBe(33.3333);
  });

  test('zero capacity gives a nihil-aanbod', () => {
    const p = computeProposal({
      afloscapaciteitPerMonth: 0,
      months: 18,
      claims: [c('a', 1000), c('b', 500, true)],
    });
    expect(p.kind).toBe('nihil-aanbod');
    expect(p.offers.map((o) => o.amount)).toEqual([0, 0]);
    expect(p.concurrentPercentage).toBe(0);
  });

  test('rejects non-integer cents and non-positive claims', () => {
    expect(() => computeProposal({ afloscapaciteitPerMonth: 10.5, months: 18, claims: [c('a', 1)] })).toThrow(
      /afloscapaciteit/,
    );
    expect(() => computeProposal({ afloscapaciteitPerMonth: 10, months: 18, claims: [c('a', 0)] })).toThrow(
      /claims\[0\]/,
    );
    expect(() => computeProposal({ afloscapaciteitPerMonth: 10, months: 0, claims: [c('a', 1)] })).toThrow(
      /months/,
    );
  });
});

const claimsArb = fc.array(
  fc.record({
    creditorId: fc.constantFrom('a', 'b', 'c', 'd'),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
    preferent: fc.boolean(),
  }),
  { minLength: 1, maxLength: 12 },
);
const inputArb = fc.record({
  afloscapaciteitPerMonth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200_000 })),
  months: fc.integer({ min: 1, max: 36 }),
  claims: claimsArb,
});

describe('properties', () => {
  test('offers sum to the available amount (or to the total when that is less); none above its claim', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = computeProposal(input);
        const total = input.claims.reduce((s, x) => s + x.amount, 0);
        const available = input.afloscapaciteitPerMonth * input.months;
        expect(p.available).toBe(available);
        expect(p.offers.reduce((s, o) => s + o.amount, 0)).toBe(Math.min(available, total));
        p.offers.forEach((offer, i) => {
          expect(Number.isInteger(offer.amount)).toBe(true);
          expect(offer.amount).toBeGreaterThanOrEqual(0);
          expect(offer.amount).toBeLessThanOrEqual(input.claims[i]!.amount);
        });
      }),
    );
  });

  test('the reported share solves the equation exactly: Σ p·concurrent + Σ min(2p,1)·preferent = available', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = computeProposal(input);
        fc.pre(p.kind !== 'volledig');
        const { num, den } = p.concurrentShare;
        // min(2p, 1) as a fraction over 2·den is min(2·num, den)/den
        const prefNum = 2n * num < den ? 2n * num : den;
        let sum = 0n; // in units of 1/den cent
        for (const claim of input.claims) sum += BigInt(claim.amount) * (claim.preferent ? prefNum : num);
        expect(sum).toBe(BigInt(p.available) * den);
      }),
    );
  });

  test('within a class every offer is its exact share up to one cent; preferent gets double up to the cap', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = computeProposal(input);
        const { num, den } = p.concurrentShare;
        const prefNum = 2n * num < den ? 2n * num : den;
        if (p.preferentShare) expect(p.preferentShare.num * den).toBe(prefNum * p.preferentShare.den);
        p.offers.forEach((offer, i) => {
          const claim = BigInt(input.claims[i]!.amount);
          const exactTimesDen = claim * (input.claims[i]!.preferent ? prefNum : num); // exact offer × den
          const diff = BigInt(offer.amount) * den - exactTimesDen;
          expect(diff > -den && diff < den).toBe(true);
        });
      }),
    );
  });

  test('percentages: preferent is min(2 × concurrent, 100) up to display rounding', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = computeProposal(input);
        if (p.preferentPercentage === null) return;
        expect(
          Math.abs(p.preferentPercentage - Math.min(2 * p.concurrentPercentage, 100)),
        ).toBeLessThanOrEqual(0.0002);
      }),
    );
  });
});

describe('saneringskrediet and waarborgfonds', () => {
  test('the credit is the sum of the offers', () => {
    const p = computeProposal({
      afloscapaciteitPerMonth: 100,
      months: 12,
      claims: [c('c', 1000), c('p', 1000, true)],
    });
    expect(saneringskredietAmount(p.offers)).toBe(1200);
  });

  test('18 equal instalments, the last takes the remainder: € 1.000 → 17 × € 55,55 + € 55,65', () => {
    const schedule = repaymentSchedule(100_000, 18);
    expect(schedule).toHaveLength(18);
    expect(schedule.slice(0, 17).every((i) => i.amount === 5555)).toBe(true);
    expect(schedule[17]!.amount).toBe(5565);
  });

  test('due dates are monthly from the first, clamped to month end', () => {
    const schedule = repaymentSchedule(300, 3, d('2026-01-31'));
    expect(schedule.map((i) => i.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  test('schedule always sums to the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        (amount, months) => {
          const schedule = repaymentSchedule(amount, months);
          expect(schedule.reduce((s, i) => s + i.amount, 0)).toBe(amount);
          const first = schedule[0]!.amount;
          expect(schedule.slice(0, -1).every((i) => i.amount === first)).toBe(true);
          expect(schedule[months - 1]!.amount).toBeGreaterThanOrEqual(first);
        },
      ),
    );
  });

  test('premium is 1% of the loan, half a cent rounded up', () => {
    expect(waarborgfondsPremium(500_000)).toBe(5_000);
    expect(waarborgfondsPremium(123_456)).toBe(1_235); // 1234,56 cents
    expect(waarborgfondsPremium(123_449)).toBe(1_234); // 1234,49 cents
    expect(waarborgfondsPremium(50)).toBe(1); // 0,5 cent
    expect(waarborgfondsPremium(49)).toBe(0);
  });

  test('borgstelling is automatic up to and including € 5.000', () => {
    expect(isAutomaticBorgstelling(500_000)).toBe(true);
    expect(isAutomaticBorgstelling(500_001)).toBe(false);
  });
});
