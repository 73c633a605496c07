/**
 * Percentages as the product prints them: one formatter, two decimals, a Dutch decimal comma ("36,51%").
 * Amounts stay exact in cents; a percentage is for display and is carried as basis points (1/100 of a %).
 */
import type { Cents } from './money';

/** part / whole in basis points, rounded half up (0 when whole is 0). Exact: bigint, never a float. */
export function basisPointsOf(part: Cents, whole: Cents): number {
  if (whole === 0) return 0;
  return Number((BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole)));
}

/** A percentage number (e.g. 36.5079 from domain/proposal) in basis points, rounded half up. */
export function basisPointsOfPercentage(percentage: number): number {
  return Math.round(percentage * 100);
}

/** 3651 → "36,51%"; 10000 → "100,00%"; 5 → "0,05%". */
export function formatPercentage(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0)
    throw new RangeError(`Percentage in basispunten moet een niet-negatief geheel getal zijn, niet ${basisPoints}`);
  const whole = Math.floor(basisPoints / 100);
  return `${whole},${String(basisPoints % 100).padStart(2, '0')}%`;
}
