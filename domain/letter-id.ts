/**
 * Letter ids, derived by the workflow from its own state so a replay or a retry yields the same id:
 *
 *   <caseReference>.<kind>.<recipientKey>.<seq>
 *   e.g. "SHV-2026-000123.kennisgeving.CR-0017.1", "SHV-2026-000123.beschikking-toelating.resident.1"
 *
 * recipientKey: the creditorId for creditor letters, "resident" or "waarborgfonds" otherwise.
 * seq: 1 for the first letter of that kind to that recipient, 2 for a second one (e.g. a second heroverweging).
 * Pure, no imports: workflows derive the ids, activities check them.
 */
export const LETTER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function letterIdFor(parts: {
  caseReference: string;
  kind: string;
  recipientKey: string;
  seq?: number;
}): string {
  const seq = parts.seq ?? 1;
  if (!Number.isInteger(seq) || seq < 1)
    throw new RangeError(`volgnummer moet een positief geheel getal zijn: ${seq}`);
  const id = `${parts.caseReference}.${parts.kind}.${parts.recipientKey}.${seq}`;
  if (!isValidLetterId(id)) throw new RangeError(`ongeldig briefnummer: ${JSON.stringify(id)}`);
  return id;
}

export function isValidLetterId(id: string): boolean {
  return LETTER_ID_PATTERN.test(id) && !id.includes('..');
}

/** Kenmerk as printed: the case reference, then the letter id without the repeated case reference. */
export function kenmerk(caseReference: string, letterId: string): string {
  const prefix = `${caseReference}.`;
  const own = letterId.startsWith(prefix) ? letterId.slice(prefix.length) : letterId;
  return `${caseReference} / ${own}`;
}
