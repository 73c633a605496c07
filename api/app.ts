import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import { ActionRejectedError, CaseNotFoundError, InvalidInputError } from '../services/errors';
import { creditorRoutes } from './creditor/routes';
import { creditorDebtorRoute } from './creditor/debtor-route';
import type { ApiDeps } from './deps';
import { BASE, officerRoutes } from './officer/routes';
import { residentRoutes } from './officer/resident-routes';
import { taskRoutes } from './officer/task-routes';
import { buildOpenApi } from './openapi';
import { oplossingRoutes } from './oplossing/routes';
import { invalidParamsOf, PROBLEM_CONTENT_TYPE, problemOf, ProblemError, scrubProblem, type Problem } from './problem';
import { defineRoute, registerRoute, type AnyRoute } from './route';
import { named } from './schemas';
import { supervisorRoutes } from './supervisor/routes';
import { sknRoutes } from './skn/routes';
import { isTemporalUnavailable } from './temporal-client';
import { methodNotAllowed } from './methods';

/**
 * The HTTP API: one Fastify instance, routes per audience, errors as problem+json, OpenAPI at
 * /api/v1/openapi.json. `buildApi` takes its dependencies, so tests inject fakes and `api/main.ts` the real ones.
 */

const sessionResponse = named(
  z.object({
    kind: z.enum(['staff', 'creditor', 'skn']),
    role: z.enum(['officer', 'supervisor', 'waarborgfonds', 'creditor', 'skn']),
    officerId: z.string().optional(),
    gemeenteCode: z.string().optional(),
    caseId: z.string().optional(),
    caseReference: z.string().optional(),
    creditorId: z.string().optional(),
    expiresAt: z.string().optional(),
    credentialId: z.string().optional(),
    creditorIds: z.array(z.string()).optional(),
    gemeenten: z.array(z.string()).optional(),
  }),
  'Session',
);

export function apiRoutes(deps: ApiDeps): AnyRoute[] {
  const session = defineRoute({
    method: 'GET',
    path: `${BASE}/session`,
    operationId: 'getSession',
    summary: 'Wie ben ik: rol, gemeente, of de zaak en schuldeiser van een schuldeiserssessie',
    tag: 'Algemeen',
    roles: ['officer', 'supervisor', 'waarborgfonds', 'creditor', 'skn'],
    response: { status: 200, description: 'De aangemelde partij', schema: sessionResponse },
    async handler({ principal }) {
      if (principal.kind === 'creditor') {
        const { caseId, caseReference, creditorId, expiresAt } = principal;
        return { kind: 'creditor', role: 'creditor', caseId, caseReference, creditorId, expiresAt };
      }
      if (principal.kind === 'skn') {
        const { credentialId, creditorIds, gemeenten } = principal;
        return { kind: 'skn', role: 'skn', credentialId, creditorIds, gemeenten };
      }
      return {
        kind: 'staff',
        role: principal.role,
        officerId: principal.officerId,
        gemeenteCode: principal.gemeenteCode,
      };
    },
  });
  return [
    ...officerRoutes(deps),
    ...residentRoutes(deps),
    ...taskRoutes(deps),
    ...oplossingRoutes(deps),
    ...creditorRoutes(deps),
    creditorDebtorRoute(deps),
    ...supervisorRoutes(deps),
    ...sknRoutes(deps),
    session,
  ];
}

/** Any error as a problem; only what is truly unexpected is a 500 (and is logged). */
export function problemForError(error: unknown): {
  problem: Problem;
  headers: Record<string, string>;
  unexpected: boolean;
} {
  if (error instanceof ProblemError) {
    return {
      problem: problemOf(error.status, error.message, error.invalidParams),
      headers: error.headers,
      unexpected: false,
    };
  }
  if (error instanceof InvalidInputError) {
    return {
      problem: problemOf(400, 'De body bevat ongeldige gegevens.', invalidParamsOf(error.errors)),
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof ActionRejectedError) {
    return { problem: problemOf(409, error.message), headers: {}, unexpected: false };
  }
  if (error instanceof CaseNotFoundError) {
    // Said in words: the id is the workflow's, and workflow ids stay inside.
    const detail = error.caseId.includes('/creditor/')
      ? 'Deze schuldeiser hoort niet bij deze zaak.'
      : error.caseId.endsWith('/oplossing')
        ? 'Deze zaak heeft (nog) geen schuldregeling.'
        : 'Deze zaak bestaat niet.';
    return { problem: problemOf(404, detail), headers: {}, unexpected: false };
  }
  const e = error as { statusCode?: number; code?: string | number; message?: string };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    // Fastify's own: unparsable JSON, wrong content type, body too large.
    const detail =
      e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'Stuur de body als application/json.'
        : e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'De body is leeg; stuur een JSON-object.'
          : e.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'De body is te groot.'
            : e.statusCode === 400
              ? 'De body is geen geldige JSON.'
              : (e.message ?? 'Fout in het verzoek');
    const params = e.statusCode === 400 ? [{ name: '(body)', reason: detail }] : undefined;
    return { problem: problemOf(e.statusCode, detail, params), headers: {}, unexpected: false };
  }
  // gRPC UNAVAILABLE / DEADLINE_EXCEEDED from Temporal (also wrapped in the SDK's errors): the server behind
  // us, not the request.
  if (isTemporalUnavailable(error)) {
    return {
      problem: problemOf(503, 'Temporal is niet bereikbaar; probeer het zo opnieuw.'),
      headers: { 'retry-after': '5' },
      unexpected: true,
    };
  }
  return { problem: problemOf(500, 'Er ging iets mis aan onze kant.'), headers: {}, unexpected: true };
}

export interface BuildApiOptions {
  logger?: FastifyServerOptions['logger'];
  version?: string;
  publicUrl?: string;
  /**
   * Addresses (or CIDR ranges) of the reverse proxies in front of the API: only from these is X-Forwarded-For
   * believed. Without them the client is the socket's address, whatever a header says.
   */
  trustedProxies?: readonly string[];
  /** Extra routes on the same server (the console's pages). */
  plugins?: ((app: FastifyInstance) => Promise<void> | void)[];
}

export async function buildApi(deps: ApiDeps, options: BuildApiOptions = {}): Promise<FastifyInstance> {
  const trustProxy = options.trustedProxies?.length ? [...options.trustedProxies] : false;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy,
    bodyLimit: 1024 * 1024,
    // A "__proto__" or "constructor" key is dropped (never merged into an object), not a reason to refuse JSON.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
  });
  const routes = apiRoutes(deps);

  app.setErrorHandler((error, request, reply) => {
    const { problem, headers, unexpected } = problemForError(error);
    if (unexpected) request.log.error({ err: error }, 'unexpected error');
    // The route, not the path: a path holds the case id, and workflow ids stay inside.
    const route = request.routeOptions?.url;
    if (route) problem.instance = route.replace(/:(\w+)/g, '{$1}');
    void reply.code(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(scrubProblem(problem));
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = problemOf(404, 'Dit pad bestaat niet in de API (zie /api/v1/openapi.json).');
    void reply.code(404).type(PROBLEM_CONTENT_TYPE).send(scrubProblem(problem));
  });

  methodNotAllowed(app, [...routes, { method: 'GET', path: `${BASE}/openapi.json` }]);
  for (const route of routes) registerRoute(app, deps, route);

  const document = buildOpenApi(routes, {
    version: options.version ?? '1.0.0',
    serverUrl: options.publicUrl,
  });
  app.get(`${BASE}/openapi.json`, async (_request, reply) => reply.type('application/json').send(document));

  for (const plugin of options.plugins ?? []) await plugin(app);
  await app.ready();
  return app;
}
