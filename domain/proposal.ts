/**
 * The pro-rata proposal (betaalvoorstel) of a schuldregeling, the saneringskrediet that pays it out,
 * and the waarborgfonds borgstelling on that credit.
 *
 * The rule (domain.md; Fw art. 349 lid 2 for the Wsnp, followed in the minnelijk traject):
 * available = afloscapaciteit per month × months. If that covers all claims, every creditor gets
 * 100%. Otherwise concurrent creditors get the same percentage p of their claim, preferent creditors
 * twice that (2p), never more than 100%, with p such that the offers add up to the available amount.
 *
 * Exactness: p is a rational number solved in bigint arithmetic, never a float. Offers are rounded
 * down to whole cents; the cents that are left go one each to the offers with the largest rounding
 * remainder (ties: the earlier claim in the input), so the offers add up to the available amount to
 * the cent. Percentages are reported as numbers for display only.
 */
import { z } from 'zod';
import { buildOnce } from './build-once';
import { addMonths, type CivilDate } from './civil-date';
import type { Cents } from './money';
import { DEFAULT_POLICY } from './policy';
import { idField, centsField, positiveCentsField } from './records/fields';

export interface ProposalClaim {
  creditorId: string;
  amount: Cents;
  preferent: boolean;
}

export interface ProposalInput {
  afloscapaciteitPerMonth: Cents;
  months: number;
  claims: readonly ProposalClaim[];
}

export const proposalInputSchema = buildOnce('domain/proposal#proposalInputSchema', () =>
  z.object(
    {
      afloscapaciteitPerMonth: centsField('afloscapaciteitPerMonth').min(0, {
        error: 'afloscapaciteitPerMonth mag niet negatief zijn',
      }),
      months: z
        .number({ error: 'months moet een getal zijn' })
        .int({ error: 'months moet een geheel aantal maanden zijn' })
        .min(1, { error: 'months moet minstens 1 zijn' })
        .max(120, { error: 'months mag hoogstens 120 zijn' }),
      claims: z.array(
        z.object(
          {
            creditorId: idField('creditorId'),
            amount: positiveCentsField('amount'),
            preferent: z.boolean({ error: 'preferent moet true of false zijn' }).default(false),
          },
          { error: 'elke vordering moet een object zijn' },
        ),
        { error: 'claims moet een lijst vorderingen zijn' },
      ),
    },
    { error: 'invoer moet een object zijn met afloscapaciteitPerMonth, months en claims' },
  ),
);

/** An exact non-negative fraction. */
export interface Rational {
  num: bigint;
  den: bigint;
}

export type ProposalKind = 'volledig' | 'gedeeltelijk' | 'nihil-aanbod';

export interface Offer {
  creditorId: string;
  claim: Cents;
  preferent: boolean;
  amount: Cents;
}

export interface Proposal {
  kind: ProposalKind;
  /** afloscapaciteit × months. */
  available: Cents;
  totalClaims: Cents;
  /** Sum of the offers: min(available, totalClaims). */
  totalOffered: Cents;
  /** The exact share p of a concurrent claim (0 … 1). */
  concurrentShare: Rational;
  /** The exact share min(2p, 1) of a preferent claim; null when there are no preferent claims. */
  preferentShare: Rational | null;
  /** p × 100, rounded to 4 decimals, for display. */
  concurrentPercentage: number;
  preferentPercentage: number | null;
  /** One per claim, in input order. */
  offers: Offer[];
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function rational(num: bigint, den: bigint): Rational {
  if (den <= 0n) throw new RangeError('noemer moet positief zijn');
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

/** A rational as a percentage with 4 decimals, rounded half up; for display only. */
export function toPercentage(share: Rational, decimals = 4): number {
  const scale = 10n ** BigInt(decimals);
  const scaled = (share.num * 100n * scale * 2n + share.den) / (share.den * 2n);
  return Number(scaled) / Number(scale);
}

function assertInput(input: ProposalInput): void {
  const { afloscapaciteitPerMonth, months, claims } = input;
  if (!Number.isSafeInteger(afloscapaciteitPerMonth) || afloscapaciteitPerMonth < 0) {
    throw new RangeError(
      `afloscapaciteitPerMonth moet een niet-negatief geheel aantal centen zijn, niet ${afloscapaciteitPerMonth}`,
    );
  }
  if (!Number.isSafeInteger(months) || months < 1)
    throw new RangeError(`months moet een positief geheel getal zijn, niet ${months}`);
  claims.forEach((claim, index) => {
    if (!Number.isSafeInteger(claim.amount) || claim.amount <= 0) {
      throw new RangeError(
        `claims[${index}].amount moet een positief geheel aantal centen zijn, niet ${claim.amount}`,
      );
    }
  });
}

function toCents(value: bigint, what: string): Cents {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${what} is te groot`);
  return Number(value);
}

/**
 * Solves p exactly. Preferent claims get 2p until 2p reaches 1; a capped claim takes exactly its
 * amount and drops out of the equation, which raises p for the rest — so iterate until no further
 * claim needs capping. (With one cap of 100% for every preferent claim one round suffices, but the
 * loop is what keeps this right if caps ever differ per claim.)
 */
function solveShare(available: bigint, claims: readonly ProposalClaim[]): { p: Rational; capped: boolean[] } {
  const capped = claims.map(() => false);
  for (;;) {
    let fixed = 0n; // paid in full by capped preferent claims
    let weight = 0n; // Σ concurrent + 2 × Σ uncapped preferent
    claims.forEach((claim, i) => {
      const amount = BigInt(claim.amount);
      if (capped[i]) fixed += amount;
      else weight += claim.preferent ? 2n * amount : amount;
    });
    // weight > 0 here: if every claim were capped, available would cover all claims (handled before).
    const p = rational(available - fixed, weight);
    let changed = false;
    claims.forEach((claim, i) => {
      // 2p ≥ 1 ⇔ 2·num ≥ den: this preferent claim would get 100% or more.
      if (claim.preferent && !capped[i] && 2n * p.num >= p.den) {
        capped[i] = true;
        changed = true;
      }
    });
    if (!changed) return { p, capped };
  }
}

/** The betaalvoorstel for these claims. */
export function computeProposal(input: ProposalInput): Proposal {
  assertInput(input);
  const { claims } = input;
  const availableBig = BigInt(input.afloscapaciteitPerMonth) * BigInt(input.months);
  const totalBig = claims.reduce((sum, claim) => sum + BigInt(claim.amount), 0n);
  const available = toCents(availableBig, 'Beschikbaar bedrag');
  const totalClaims = toCents(totalBig, 'Totaal van de vorderingen');
  const hasPreferent = claims.some((claim) => claim.preferent);

  if (availableBig >= totalBig) {
    const full = rational(1n, 1n);
    return {
      kind: 'volledig',
      available,
      totalClaims,
      totalOffered: totalClaims,
      concurrentShare: full,
      preferentShare: hasPreferent ? full : null,
      concurrentPercentage: 100,
      preferentPercentage: hasPreferent ? 100 : null,
      offers: claims.map((claim) => ({ ...claim, claim: claim.amount, amount: claim.amount })),
    };
  }

  const { p, capped } = solveShare(availableBig, claims);
  const preferentShare = 2n * p.num >= p.den ? rational(1n, 1n) : rational(2n * p.num, p.den);

  // Exact offer = floor + remainder / p.den for every claim (capped ones have remainder 0).
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  claims.forEach((claim, i) => {
    const amount = BigInt(claim.amount);
    if (capped[i]) {
      floors.push(amount);
      remainders.push(0n);
      return;
    }
    const numerator = (claim.preferent ? 2n : 1n) * p.num * amount;
    floors.push(numerator / p.den);
    remainders.push(numerator % p.den);
  });
  let leftover = availableBig - floors.reduce((sum, floor) => sum + floor, 0n);
  const order = claims
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra > rb ? -1 : ra < rb ? 1 : a - b;
    });
  // leftover = Σ remainder / den < number of claims with a remainder, so this never reaches a remainder of 0.
  for (const i of order) {
    if (leftover === 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    leftover -= 1n;
  }

  return {
    kind: availableBig === 0n ? 'nihil-aanbod' : 'gedeeltelijk',
    available,
    totalClaims,
    totalOffered: available,
    concurrentShare: p,
    preferentShare: hasPreferent ? preferentShare : null,
    concurrentPercentage: toPercentage(p),
    preferentPercentage: hasPreferent ? toPercentage(preferentShare) : null,
    offers: claims.map((claim, i) => ({
      creditorId: claim.creditorId,
      claim: claim.amount,
      preferent: claim.preferent,
      amount: Number(floors[i]),
    })),
  };
}

/** The saneringskrediet: the kredietbank pays every offer at once, so the credit is their sum. */
export function saneringskredietAmount(offers: readonly Pick<Offer, 'amount'>[]): Cents {
  return toCents(
    offers.reduce((sum, offer) => sum + BigInt(offer.amount), 0n),
    'Saneringskrediet',
  );
}

export interface Instalment {
  /** 1-based. */
  number: number;
  amount: Cents;
  /** Present when a first due date was given: that date plus (number − 1) months. */
  dueDate?: CivilDate;
}

/**
 * Monthly repayment of a credit: equal whole-cent instalments (the amount divided by the months,
 * rounded down); the last instalment takes the remainder, so the total is exact.
 */
export function repaymentSchedule(
  amount: Cents,
  months = DEFAULT_POLICY.looptijdMonths,
  firstDueDate?: CivilDate,
): Instalment[] {
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw new RangeError(`Bedrag moet een niet-negatief aantal centen zijn, niet ${amount}`);
  if (!Number.isSafeInteger(months) || months < 1)
    throw new RangeError(`Aantal maanden moet positief zijn, niet ${months}`);
  const regular = (amount - (amount % months)) / months;
  return Array.from({ length: months }, (_, i) => {
    const instalment: Instalment = {
      number: i + 1,
      amount: i === months - 1 ? amount - regular * (months - 1) : regular,
    };
    if (firstDueDate !== undefined) instalment.dueDate = addMonths(firstDueDate, i);
    return instalment;
  });
}

/**
 * Waarborgfonds premium: 1% (100 basis points) of the loan, rounded to the nearest cent with half a
 * cent rounded up (the usual commercial rounding; the fund's conditions state no other rule).
 */
export function waarborgfondsPremium(
  loan: Cents,
  basisPoints = DEFAULT_POLICY.waarborgfonds.premiumBasisPoints,
): Cents {
  if (!Number.isSafeInteger(loan) || loan < 0)
    throw new RangeError(`Lening moet een niet-negatief aantal centen zijn, niet ${loan}`);
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0)
    throw new RangeError(`Premie (basispunten) ongeldig: ${basisPoints}`);
  return toCents((BigInt(loan) * BigInt(basisPoints) * 2n + 10_000n) / 20_000n, 'Premie');
}

/** Loans up to € 5.000 (inclusive) are guaranteed automatically; larger ones after a risk check. */
export function isAutomaticBorgstelling(
  loan: Cents,
  thresholdCents = DEFAULT_POLICY.waarborgfonds.automaticThresholdCents,
): boolean {
  return loan <= thresholdCents;
}

/**
 * The offer to each creditor: the sum of the offers on its claims, in order of first appearance. Preference
 * belongs to a claim (Fw art. 349 lid 2–3), so a creditor with a preferent and a concurrent claim gets twice
 * the percentage (at most 100%) on the first part and the concurrent percentage on the other.
 */
export function offersByCreditor(proposal: Pick<Proposal, 'offers'>): Map<string, Cents> {
  const totals = new Map<string, Cents>();
  for (const offer of proposal.offers)
    totals.set(offer.creditorId, (totals.get(offer.creditorId) ?? 0) + offer.amount);
  return totals;
}
