import { z } from 'zod';
import { assertCaseAccess } from '../access';
import type { ApiDeps } from '../deps';
import { defineRoute, type AnyRoute } from '../route';
import { caseParams, named } from '../schemas';
import { BASE } from './routes';

/**
 * Who the resident of a case is, for officers and supervisors of its gemeente: name, address and contact with the
 * BSN masked; the full BSN only on an explicit request, which is logged with who asked (never the BSN itself).
 */

const TAG = 'Medewerker';

export const residentResponse = named(
  z.object({
    name: z.object({ givenNames: z.string(), prefix: z.string().optional(), surname: z.string() }),
    fullName: z.string(),
    /** "•••••6782": the last four digits, enough to check against a document. */
    bsnMasked: z.string(),
    dateOfBirth: z.string(),
    address: z.object({
      street: z.string(),
      houseNumber: z.number(),
      houseNumberAddition: z.string().optional(),
      postcode: z.string(),
      city: z.string(),
    }),
    contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
  }),
  'Resident',
);

export const bsnRevealResponse = named(z.object({ bsn: z.string() }), 'BsnReveal');

export const maskBsn = (bsn: string): string => `•••••${bsn.slice(-4)}`;

export function residentRoutes(deps: ApiDeps): AnyRoute[] {
  const getResident = defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}/resident`,
    operationId: 'getCaseResident',
    summary: 'De inwoner van een zaak: naam, adres en contact; het BSN gemaskeerd',
    tag: TAG,
    roles: ['officer', 'supervisor'],
    params: caseParams,
    response: { status: 200, description: 'De inwoner', schema: residentResponse },
    problems: [403, 404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      const r = await deps.cases.resident(params.caseId);
      const fullName = [r.name.givenNames, r.name.prefix, r.name.surname].filter(Boolean).join(' ');
      return {
        name: r.name,
        fullName,
        bsnMasked: maskBsn(r.bsn),
        dateOfBirth: r.dateOfBirth,
        address: r.address,
        contact: r.contact,
      };
    },
  });

  const revealBsn = defineRoute({
    method: 'POST',
    path: `${BASE}/cases/{caseId}/resident/bsn-reveals`,
    operationId: 'revealCaseResidentBsn',
    summary: 'Het volledige BSN van de inwoner tonen (wordt vastgelegd: wie, wanneer, welke zaak)',
    tag: TAG,
    roles: ['officer', 'supervisor'],
    params: caseParams,
    response: { status: 200, description: 'Het BSN', schema: bsnRevealResponse },
    problems: [403, 404],
    async handler({ params, principal, request }) {
      const who = assertCaseAccess(principal, params.caseId);
      const r = await deps.cases.resident(params.caseId);
      // Who looked and where, never the number itself.
      request.log.info(
        { audit: 'bsn-reveal', caseId: params.caseId, role: who.role, officerId: who.officerId },
        'BSN getoond',
      );
      return { bsn: r.bsn };
    },
  });

  return [getResident, revealBsn];
}
