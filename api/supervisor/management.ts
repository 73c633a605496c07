import { z } from 'zod';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { civilDateField } from '../../domain/records/fields';
import { figureSchema } from '../../domain/management/figure';
import { scopeGemeente, staff } from '../access';
import type { ApiDeps } from '../deps';
import { BASE } from '../officer/routes';
import { badRequest, ProblemError } from '../problem';
import { defineRoute } from '../route';
import { attentionQuery } from '../schemas';

/** The management figures of one gemeente over a period (issue 16 §4), from the reporting store. */

export const managementQuery = z.object({
  gemeente: attentionQuery.shape.gemeente,
  from: civilDateField('from'),
  to: civilDateField('to'),
});

export const managementResponse = z.object({
  gemeente: z.string(),
  from: z.string(),
  to: z.string(),
  today: z.string(),
  figures: z.array(figureSchema),
});

export function managementRoute(deps: ApiDeps) {
  return defineRoute({
    method: 'GET',
    path: `${BASE}/management/figures`,
    operationId: 'managementFigures',
    summary: 'Cijfers van een gemeente over een periode, met de zaken achter elk cijfer',
    description:
      'Wachttijd tot het eerste gesprek, beschikkingen binnen de termijn, tijd tot stabilisatie en oplossing, ' +
      'uitkomsten, open zaken per fase en schuldeisers naar hoe laat zij antwoorden; berekend uit de ' +
      'rapportage-opslag. Medewerkers en teamleiders zien alleen hun eigen gemeente.',
    tag: 'Toezicht',
    roles: ['supervisor', 'officer'],
    query: managementQuery,
    response: { status: 200, description: 'De cijfers', schema: managementResponse },
    problems: [400, 403, 503],
    async handler({ query, principal }) {
      const gemeente = scopeGemeente(staff(principal), query.gemeente);
      if (!gemeente) throw badRequest([{ name: 'gemeente', reason: 'gemeente ontbreekt' }]);
      if (query.to < query.from)
        throw badRequest([{ name: 'to', reason: 'to moet op of na from liggen' }]);
      if (!deps.management) throw new ProblemError(503, 'De rapportage-opslag is niet ingesteld.');
      const today = amsterdamDateOf(deps.now().getTime());
      const figures = await deps.management.figures({ gemeente, from: query.from, to: query.to, today });
      return { gemeente, from: query.from, to: query.to, today, figures };
    },
  });
}
