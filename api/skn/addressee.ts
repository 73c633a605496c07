import type { OutboxEntry } from '../../activities/letters';
import { sknMessageKindOf } from '../../domain/skn/messages';
import { creditorAccessOf, revokedProblem } from '../auth/creditor-access';
import { caseIdOfReference } from '../auth/creditor-session';
import type { ApiDeps } from '../deps';
import { badRequest, forbidden, notFound } from '../problem';
import type { SknPrincipal } from './credentials';

/**
 * Whom an SKN answer is for, checked against the credential: the creditor it names must be one the credential
 * speaks for, the dossier must belong to one of its gemeenten, we must have sent that creditor an SKN message in
 * that dossier, and the creditor's access must not have been revoked (removed from the case, or the case closed).
 */

export interface Addressee {
  caseId: string;
  caseReference: string;
  creditorId: string;
}

export function creditorOf(principal: SknPrincipal, schuldeiser: string | undefined): string {
  if (schuldeiser === undefined) {
    if (principal.creditorIds.length === 1) return principal.creditorIds[0]!;
    throw badRequest(
      [
        {
          name: 'schuldeiser',
          reason: 'schuldeiser ontbreekt: deze sleutel spreekt voor meer dan één schuldeiser',
        },
      ],
      'Noem de schuldeiser voor wie u antwoordt.',
    );
  }
  if (!principal.creditorIds.includes(schuldeiser))
    throw forbidden(`Deze sleutel spreekt niet voor schuldeiser ${schuldeiser}.`);
  return schuldeiser;
}

export function assertGemeenteOf(principal: SknPrincipal, caseReference: string): void {
  const gemeente = /^(GM\d{4})-/.exec(caseReference)?.[1];
  if (!gemeente || !principal.gemeenten.includes(gemeente))
    throw forbidden('Dit dossier hoort bij een gemeente waarvoor deze sleutel niet geldt.');
}

/** The SKN messages we sent this creditor in this dossier (letters outside the vocabulary left out). */
export async function sknLettersOf(
  deps: ApiDeps,
  caseReference: string,
  creditorId: string,
): Promise<OutboxEntry[]> {
  const entries = await deps.letters.forCreditor(caseReference, creditorId);
  return entries.filter((e) => sknMessageKindOf(e.kind));
}

export async function addresseeOf(
  deps: ApiDeps,
  principal: SknPrincipal,
  answer: { zaakkenmerk: string; schuldeiser?: string },
): Promise<Addressee> {
  const creditorId = creditorOf(principal, answer.schuldeiser);
  const caseReference = answer.zaakkenmerk;
  assertGemeenteOf(principal, caseReference);
  if (!(await sknLettersOf(deps, caseReference, creditorId)).length)
    throw notFound('Er is geen bericht aan deze schuldeiser in dit dossier: controleer het zaakkenmerk.');
  if (await creditorAccessOf(deps).store.isRevoked(caseReference, creditorId)) throw revokedProblem();
  return { caseId: caseIdOfReference(caseReference), caseReference, creditorId };
}
