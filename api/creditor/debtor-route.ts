import { z } from 'zod';
import { creditor } from '../access';
import type { ApiDeps } from '../deps';
import { BASE } from '../officer/routes';
import { defineRoute, type AnyRoute } from '../route';
import { named } from '../schemas';

/**
 * Whom this case is about, for the creditor with a session for it: the debtor's name and date of birth (as its
 * letters print them, so it can find its own file) and the gemeente. Never the BSN, address or contact.
 */

export const creditorDebtorResponse = named(
  z.object({ name: z.string(), dateOfBirth: z.string(), gemeente: z.string() }),
  'CreditorDebtor',
);

export function creditorDebtorRoute(deps: ApiDeps): AnyRoute {
  return defineRoute({
    method: 'GET',
    path: `${BASE}/creditor/debtor`,
    operationId: 'getCreditorDebtor',
    summary: 'De schuldenaar van deze zaak (naam, geboortedatum) en de gemeente',
    tag: 'Schuldeiser',
    roles: ['creditor'],
    response: { status: 200, description: 'Schuldenaar en gemeente', schema: creditorDebtorResponse },
    problems: [404],
    async handler({ principal }) {
      const me = creditor(principal);
      const [r, status] = await Promise.all([deps.cases.resident(me.caseId), deps.cases.status(me.caseId)]);
      const name = [r.name.givenNames, r.name.prefix, r.name.surname].filter(Boolean).join(' ');
      return { name, dateOfBirth: r.dateOfBirth, gemeente: status.gemeente };
    },
  });
}
