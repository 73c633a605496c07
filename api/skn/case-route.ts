import { z } from 'zod';
import { assertCaseAccess } from '../access';
import type { ApiDeps } from '../deps';
import { BASE } from '../officer/routes';
import { defineRoute, type AnyRoute } from '../route';
import { caseParams, named } from '../schemas';
import { sknLettersOf } from './addressee';
import { sknMessageOf } from './messages';
import { sknBericht } from './schemas';

/**
 * For the officer and the supervisor: the SKN messages of one case, per creditor, with whether and when each was
 * fetched and whether it was marked to go out on paper (not fetched within 5 werkdagen).
 */
const caseSknResponse = named(
  z.object({
    caseReference: z.string(),
    berichten: z.array(sknBericht.extend({ perPost: z.boolean() })),
  }),
  'CaseSknBerichten',
);

export function caseSknRoute(deps: ApiDeps): AnyRoute {
  return defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}/skn-berichten`,
    operationId: 'listCaseSknBerichten',
    summary:
      'Schuldenknooppunt-berichten van de zaak: opgehaald, of per post (niet opgehaald binnen 5 werkdagen)',
    tag: 'Medewerker',
    roles: ['officer', 'supervisor'],
    params: caseParams,
    response: {
      status: 200,
      description: 'Berichten per schuldeiser, oudste eerst',
      schema: caseSknResponse,
    },
    problems: [404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      const status = await deps.cases.status(params.caseId);
      const entries = (
        await Promise.all(status.creditors.map((c) => sknLettersOf(deps, status.caseReference, c.creditorId)))
      )
        .flat()
        .sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.letterId.localeCompare(b.letterId));
      const ids = entries.map((e) => e.letterId);
      const fetched = deps.skn ? await deps.skn.fetchLog.firstFetches(ids) : new Map();
      const paper = deps.skn ? await deps.skn.paperMarked(ids) : new Set<string>();
      const berichten = entries.flatMap((e) => {
        const view = sknMessageOf(e, fetched.get(e.letterId));
        return view ? [{ ...view, perPost: paper.has(e.letterId) }] : [];
      });
      return { caseReference: status.caseReference, berichten };
    },
  });
}
