import OAuth2Server from '@node-oauth/oauth2-server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { isCivilDate, type CivilDate } from '../../domain/civil-date';
import { buildDelivery } from '../../domain/ddas/delivery';
import type { ReportingStore } from '../../activities/reporting/store';
import { DDAS_SCOPE, type DdasPrincipal } from './oauth';
import { digestOf, signDetached, type SigningIdentity } from './signature';

/**
 * The DDAS-SHV API (ddas/vendor/v1.0/DDAS-SHV.yaml) under /ddas/v1: `POST /gegevens` answers with the
 * Uitwisselmodel for a period, paged, signed (nlgov-adr-payload-sig) and with its Digest; `POST /token` is the
 * OAuth 2.0 client-credentials token endpoint. Errors as the yaml defines them: ProblemDetails for bad requests,
 * FscError with the Fsc-Error-Code header for authentication.
 */
export const DDAS_BASE = '/ddas/v1';

export interface DdasDeps {
  oauth: OAuth2Server;
  store: () => ReportingStore;
  identity: SigningIdentity;
  supplierCode: string;
  now?: () => Date;
}

const date = z.string().refine(isCivilDate, { error: 'moet een datum JJJJ-MM-DD zijn' });
const positive = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 1, { error: 'moet een geheel getal ≥ 1 zijn' });
const gegevensRequestSchema = z.strictObject({
  aanleverperiodeStartdatum: date.optional(),
  aanleverperiodeEinddatum: date.optional(),
  aanleverende_organisatie: z.string().optional(),
  page: positive.optional(),
  pageSize: positive.optional(),
});

const problem = (reply: FastifyReply, status: number, title: string, detail: string, instance: string) =>
  reply
    .code(status)
    .type('application/problem+json')
    .send({ type: `https://schuldhulp.example/problems/ddas-${status}`, title, status, detail, instance });

const fscError = (
  reply: FastifyReply,
  status: 401 | 403 | 405,
  code: string,
  title: string,
  detail: string,
) => {
  if (status === 401) void reply.header('www-authenticate', 'Bearer');
  return reply
    .code(status)
    .header('fsc-error-code', code)
    .type('application/problem+json')
    .send({ code, domain: 'ERROR_DOMAIN_INWAY', title, detail, status });
};

const fscError404 = (reply: FastifyReply) =>
  reply
    .code(404)
    .header('fsc-error-code', 'ERROR_CODE_SERVICE_NOT_FOUND')
    .type('application/problem+json')
    .send({
      code: 'ERROR_CODE_SERVICE_NOT_FOUND',
      domain: 'ERROR_DOMAIN_INWAY',
      title: 'Niet gevonden',
      status: 404,
    });

const oauthRequest = (request: FastifyRequest) =>
  new OAuth2Server.Request({
    method: request.method,
    headers: request.headers as Record<string, string>,
    query: request.query as Record<string, string>,
    body: request.body ?? {},
  });

export function ddasPlugin(deps: DdasDeps) {
  const now = deps.now ?? (() => new Date());
  return async (app: FastifyInstance) => {
    await app.register(
      async (scope) => {
        scope.addContentTypeParser(
          'application/x-www-form-urlencoded',
          { parseAs: 'string' },
          (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
        );
        scope.setErrorHandler((error, request, reply) => {
          const e = error as { statusCode?: number; message?: string };
          const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
          if (status === 500) request.log.error({ err: error }, 'ddas');
          const detail = status === 500 ? 'Er ging iets mis aan onze kant.' : 'De body is geen geldige JSON.';
          return problem(
            reply,
            status,
            status === 500 ? 'Interne fout' : 'Ongeldig verzoek',
            detail,
            request.url,
          );
        });

        // Another method on our paths: 405, as the yaml's FSC errors say (Allow: POST); elsewhere under the base 404.
        scope.setNotFoundHandler((request, reply) => {
          const path = request.url.split('?')[0]!;
          if (path === `${DDAS_BASE}/token` || path === `${DDAS_BASE}/gegevens`)
            return fscError(
              reply.header('allow', 'POST'),
              405,
              'ERROR_CODE_METHOD_UNSUPPORTED',
              'Methode niet ondersteund',
              'Gebruik POST.',
            );
          return fscError404(reply);
        });

        scope.post('/token', async (request, reply) => {
          const response = new OAuth2Server.Response({ headers: {} });
          try {
            const token = await deps.oauth.token(oauthRequest(request), response, {
              requireClientAuthentication: { client_credentials: true },
            });
            return reply.header('cache-control', 'no-store').send({
              access_token: token.accessToken,
              token_type: 'Bearer',
              expires_in: Math.round(((token.accessTokenExpiresAt?.getTime() ?? 0) - Date.now()) / 1000),
              scope: (token.scope ?? [DDAS_SCOPE]).join(' '),
            });
          } catch (error) {
            const e = error as { code?: number; name?: string; message?: string };
            return reply
              .code(e.code ?? 400)
              .header('cache-control', 'no-store')
              .send({ error: e.name ?? 'invalid_request', error_description: e.message });
          }
        });

        scope.post('/gegevens', async (request, reply) => {
          let principal: DdasPrincipal;
          try {
            const token = await deps.oauth.authenticate(
              oauthRequest(request),
              new OAuth2Server.Response({ headers: {} }),
              {
                scope: [DDAS_SCOPE],
              },
            );
            principal = { clientId: token.client.id, gemeenten: token.client.gemeenten as string[] };
          } catch (error) {
            const e = error as { name?: string; message?: string };
            if (e.name === 'insufficient_scope')
              return fscError(
                reply,
                403,
                'ERROR_CODE_WRONG_GROUP_ID_IN_TOKEN',
                'Onvoldoende scope',
                'Het token heeft geen scope read.',
              );
            const missing = !request.headers.authorization;
            return fscError(
              reply,
              401,
              missing ? 'ERROR_CODE_ACCESS_TOKEN_MISSING' : 'ERROR_CODE_ACCESS_TOKEN_INVALID',
              missing ? 'Geen access token' : 'Ongeldig access token',
              missing
                ? 'Stuur Authorization: Bearer <token> (OAuth 2.0 client credentials).'
                : (e.message ?? 'Ongeldig token'),
            );
          }
          // DDAS-SHV.yaml: requestBody required.
          if (request.body === undefined || request.body === null)
            return problem(
              reply,
              400,
              'Ongeldig verzoek',
              'De body ontbreekt: stuur een GegevensRequest (JSON).',
              request.url,
            );
          const parsed = gegevensRequestSchema.safeParse(request.body);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            const field = issue.path.join('.') || '(body)';
            return problem(reply, 400, 'Ongeldig verzoek', `${field}: ${issue.message}`, request.url);
          }
          const body = parsed.data;
          // Without a period: the current calendar year (Europe/Amsterdam).
          const year = amsterdamDateOf(now().getTime()).slice(0, 4);
          const from = (body.aanleverperiodeStartdatum ?? `${year}-01-01`) as CivilDate;
          const to = (body.aanleverperiodeEinddatum ?? `${year}-12-31`) as CivilDate;
          if (from > to)
            return problem(
              reply,
              422,
              'Onverwerkbare periode',
              'aanleverperiodeEinddatum ligt vóór aanleverperiodeStartdatum.',
              request.url,
            );
          const gemeenten = body.aanleverende_organisatie
            ? principal.gemeenten.filter((g) =>
                [g, g.slice(2)].includes(body.aanleverende_organisatie!.trim()),
              )
            : principal.gemeenten;
          if (!gemeenten.length)
            return fscError(
              reply,
              403,
              'ERROR_CODE_WRONG_GROUP_ID_IN_TOKEN',
              'Toegang geweigerd',
              'Dit token geeft geen toegang tot die organisatie (gemeentecode, bijv. GM0599 of 0599).',
            );
          const delivery = buildDelivery(
            {
              from,
              to,
              gemeenten,
              now: now().toISOString(),
              supplierCode: deps.supplierCode,
              page: body.page,
              pageSize: body.pageSize,
            },
            await deps.store().events(),
          );
          const text = JSON.stringify(delivery);
          return reply
            .type('application/json')
            .header('digest', digestOf(text))
            .header('nlgov-adr-payload-sig', await signDetached(text, deps.identity))
            .send(text);
        });
      },
      { prefix: DDAS_BASE },
    );
  };
}
