import type { Cents } from '../../domain/money';
import type { ProposalClaim } from '../../domain/proposal';
import { preferentPartOf } from './from-case';
import type { OplossingCreditor } from './input';

/** How money is split in the oplossing: the proposal's claims per part, and each payment over the offers. Pure. */

/** The proposal's claims: each creditor's preferent and concurrent part as its own claim (Fw art. 349 lid 2–3). */
export function proposalClaimsOf(creditors: readonly OplossingCreditor[]): ProposalClaim[] {
  return creditors.flatMap((c) => {
    const preferent = preferentPartOf(c);
    const concurrent = c.claimAmount - preferent;
    const parts: ProposalClaim[] = [];
    if (preferent > 0) parts.push({ creditorId: c.creditor.id, amount: preferent, preferent: true });
    if (concurrent > 0 || preferent === 0)
      parts.push({ creditorId: c.creditor.id, amount: concurrent, preferent: false });
    return parts;
  });
}

/** Largest-remainder division of `amount` over `weights` (exact to the cent, bigint, never a float). */
export function divide(amount: Cents, weights: readonly Cents[]): Cents[] {
  const total = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (total === 0n) return weights.map(() => 0);
  const exact = weights.map((w) => BigInt(amount) * BigInt(w));
  const shares = exact.map((e) => e / total);
  let left = BigInt(amount) - shares.reduce((s, x) => s + x, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = exact[a]! % total;
      const rb = exact[b]! % total;
      return ra > rb ? -1 : ra < rb ? 1 : a - b;
    });
  for (const i of order) {
    if (left === 0n) break;
    if (weights[i] === 0) continue;
    shares[i] = shares[i]! + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}
