/** Workflow ids of a case and its creditor tracks: derived, so a second start finds the first. */

/** A case number: letters, digits and dashes (part of the workflow id and the case reference). */
export const CASE_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

/** "GM0599-2026-0001": printed on letters as the case reference. */
export function caseReferenceOf(gemeenteCode: string, caseNumber: string): string {
  return `${gemeenteCode}-${caseNumber}`;
}

export function caseIdOf(gemeenteCode: string, caseNumber: string): string {
  return `case-${caseReferenceOf(gemeenteCode, caseNumber)}`;
}

export function caseReferenceOfCaseId(caseId: string): string {
  return caseId.replace(/^case-/, '');
}

export function creditorTrackIdOf(caseId: string, creditorId: string): string {
  return `${caseId}/creditor/${creditorId}`;
}
