import { amsterdamDateOf } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';
import type { Claim, Creditor } from '../../domain/records';
import type { OplossingCreditor } from './input';

/**
 * What the case hands the oplossing about its creditors. Pure (no Temporal import); the case calls it once
 * when stabilisatie is complete. The shapes are the case's own, declared structurally here so the oplossing
 * imports nothing from the case's folder.
 */
export interface CaseCreditorSummary {
  creditorId: string;
  /** Latest known claim total (saldo-opgave or recorded by the officer). */
  claimAmount?: Cents;
  answer?: 'saldo-opgave' | 'vooraf-akkoord' | 'geen-medewerking';
  removed: boolean;
}

export interface CaseTimelineEntry {
  at: string;
  by: string;
  action: string;
}

export interface CaseCreditorsInput {
  creditors: readonly Creditor[];
  claims: readonly Claim[];
  summaries: readonly CaseCreditorSummary[];
  /** The case's timeline: the day of each creditor's "vooraf akkoord" answer is read from it. */
  timeline?: readonly CaseTimelineEntry[];
}

/** The timeline entry a creditor track reports for a "vooraf akkoord" answer (creditor-track workflow). */
const VOORAF_AKKOORD_EVENT = 'vooraf akkoord';

/**
 * The oplossing's creditors, from the case's records: every creditor that is not removed, with its claim
 * total and, separately, the preferent part of it. Preference belongs to a claim, not to a creditor
 * (Fw art. 349 lid 2–3): a creditor with € 1.000 preferent and € 1.000 concurrent brings € 1.000 preferent.
 * When the established total (saldo-opgave) differs from the recorded claims, the preferent part is the
 * recorded preferent claims, never more than the total.
 */
export function oplossingCreditorsFrom(input: CaseCreditorsInput): OplossingCreditor[] {
  const result: OplossingCreditor[] = [];
  for (const creditor of input.creditors) {
    const summary = input.summaries.find((s) => s.creditorId === creditor.id);
    if (!summary || summary.removed) continue;
    const own = input.claims.filter((c) => c.creditorId === creditor.id);
    const claimAmount = summary.claimAmount ?? sum(own.map((c) => c.amount));
    const preferentCents = Math.min(claimAmount, sum(own.filter((c) => c.preferent).map((c) => c.amount)));
    const voorafAkkoordOn =
      summary.answer === 'vooraf-akkoord' ? answeredOn(input.timeline ?? [], creditor.id) : undefined;
    result.push({
      creditor,
      claimAmount,
      preferent: preferentCents > 0,
      preferentCents,
      voorafAkkoord: summary.answer === 'vooraf-akkoord',
      ...(voorafAkkoordOn ? { voorafAkkoordOn } : {}),
      geenMedewerking: summary.answer === 'geen-medewerking',
      reference: own[0]?.reference,
    });
  }
  return result;
}

/** The preferent part of an oplossing creditor's claim; older inputs carry only the flag (all of it). */
export function preferentPartOf(
  c: Pick<OplossingCreditor, 'claimAmount' | 'preferent' | 'preferentCents'>,
): Cents {
  return c.preferentCents ?? (c.preferent ? c.claimAmount : 0);
}

function answeredOn(timeline: readonly CaseTimelineEntry[], creditorId: string): CivilDate | undefined {
  const entry = timeline.find((e) => e.by === `creditor:${creditorId}` && e.action === VOORAF_AKKOORD_EVENT);
  return entry ? amsterdamDateOf(Date.parse(entry.at)) : undefined;
}

function sum(amounts: readonly Cents[]): Cents {
  return amounts.reduce((s, a) => s + a, 0);
}
