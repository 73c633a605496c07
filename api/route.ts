import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseRecord } from '../domain/records';
import { creditorAccessOf } from './auth/creditor-access';
import { CreditorSessions, type CreditorPrincipal } from './auth/creditor-session';
import type { StaffPrincipal, StaffRole } from './auth/tokens';
import type { ApiDeps } from './deps';
import { badRequest, forbidden, invalidParamsOf, unauthorized } from './problem';
import type { SknPrincipal } from './skn/credentials';

/**
 * One route, declared once: method, path, who may call it, zod schemas for params, query, body and response.
 * `registerRoute` hands it to Fastify (parsing with zod, Dutch messages naming the field) and keeps it for the
 * OpenAPI document, so the document and the server cannot drift apart.
 */

export type Principal = StaffPrincipal | CreditorPrincipal | SknPrincipal;
/** 'skn': a creditor on the SKN-vocabulary API with its own configured credential (api/skn/). */
export type Role = StaffRole | 'creditor' | 'skn';

export interface ResponseSpec {
  status: number;
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json when there is a schema. */
  contentType?: string;
}

export interface HandlerContext<P, Q, B, Auth> {
  params: P;
  query: Q;
  body: B;
  principal: Auth;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A handler result that is bytes, not JSON (letter PDFs). */
export class Binary {
  constructor(
    readonly bytes: Buffer,
    readonly contentType: string,
    readonly fileName?: string,
  ) {}
}

/** A handler result with a status other than the route's default (200 for an existing case, 201 for a new one). */
export class WithStatus<T> {
  constructor(
    readonly status: number,
    readonly value: T,
    readonly headers: Record<string, string> = {},
  ) {}
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends readonly Role[] | 'public' = readonly Role[] | 'public',
> {
  method: 'GET' | 'POST';
  /** OpenAPI style: /api/v1/cases/{caseId} */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  roles: R;
  params?: P;
  query?: Q;
  body?: B;
  /** The body's media type; application/json unless given (text/csv is read as text). */
  bodyContentType?: 'application/json' | 'text/csv';
  response: ResponseSpec;
  /** Other successful responses (same schema unless given). */
  otherResponses?: ResponseSpec[];
  /** Extra documented problem statuses beyond the ones every route can give. */
  problems?: number[];
  handler(
    ctx: HandlerContext<
      Out<P>,
      Out<Q>,
      Out<B>,
      R extends 'public'
        ? Principal | undefined
        : R extends readonly ['creditor']
          ? CreditorPrincipal
          : R extends readonly ['skn']
            ? SknPrincipal
            : Principal
    >,
  ): Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any>;

export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  const R extends readonly Role[] | 'public' = readonly Role[],
>(spec: RouteSpec<P, Q, B, R>): RouteSpec<P, Q, B, R> {
  return spec;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('De Authorization-header moet de vorm "Bearer <token>" hebben.');
  return match[1];
}

export async function authenticate(request: FastifyRequest, deps: ApiDeps): Promise<Principal | undefined> {
  const token = bearerOf(request);
  if (!token) return undefined;
  if (CreditorSessions.looksLikeSession(token)) {
    const creditor = deps.creditorSessions.verify(token, deps.now());
    if (!creditor) throw unauthorized('De sessie is verlopen of ongeldig: voer de toegangscode opnieuw in.');
    // Removed from the case, or the case ended: the session stops here.
    await creditorAccessOf(deps).assertSession(creditor);
    return creditor;
  }
  const staff = deps.tokens.authenticate(token);
  if (staff) return staff;
  const skn = deps.skn?.credentials.authenticate(token, deps.now());
  if (skn === 'expired') throw unauthorized('Deze sleutel is verlopen: vraag de gemeente om een nieuwe.');
  if (!skn) throw unauthorized('Onbekend token.');
  return skn;
}

const roleOf = (principal: Principal): Role =>
  principal.kind === 'creditor' ? 'creditor' : principal.kind === 'skn' ? 'skn' : principal.role;

function parsePart(
  schema: z.ZodType | undefined,
  input: unknown,
  part: 'params' | 'query' | 'body',
): unknown {
  if (!schema) return undefined;
  const result = parseRecord(schema, part === 'body' ? (input ?? undefined) : input);
  if (result.ok) return result.value;
  const detail =
    part === 'body'
      ? 'De body bevat ongeldige gegevens.'
      : part === 'query'
        ? 'De zoekparameters zijn ongeldig.'
        : 'Het pad bevat een ongeldige waarde.';
  throw badRequest(invalidParamsOf(result.errors), detail);
}

export function registerRoute(app: FastifyInstance, deps: ApiDeps, route: AnyRoute): void {
  if (route.bodyContentType === 'text/csv' && !app.hasContentTypeParser('text/csv')) {
    app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  }
  app.route({
    method: route.method,
    url: route.path.replace(/\{(\w+)\}/g, ':$1'),
    handler: async (request, reply) => {
      const principal = await authenticate(request, deps);
      if (route.roles !== 'public') {
        if (!principal) throw unauthorized();
        if (!(route.roles as readonly Role[]).includes(roleOf(principal))) {
          throw forbidden(`Deze route is niet voor de rol ${roleOf(principal)}.`);
        }
      }
      const params = parsePart(route.params, request.params, 'params');
      const query = parsePart(route.query, request.query, 'query');
      const body = parsePart(route.body, request.body, 'body');
      let result = await route.handler({ params, query, body, principal, request, reply });
      let status = route.response.status;
      if (result instanceof WithStatus) {
        status = result.status;
        for (const [name, value] of Object.entries(result.headers)) reply.header(name, value);
        result = result.value;
      }
      if (result instanceof Binary) {
        reply.code(status).header('content-type', result.contentType);
        if (result.fileName) reply.header('content-disposition', `attachment; filename="${result.fileName}"`);
        return reply.send(result.bytes);
      }
      if (route.response.schema) {
        const check = route.response.schema.safeParse(result);
        if (!check.success) {
          const message = `Antwoord van ${route.operationId} past niet bij zijn schema: ${check.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ')}`;
          if (deps.strictResponses) throw new Error(message);
          request.log.warn(message);
        }
      }
      reply.code(status);
      // The original object, not zod's parse of it: a field the contract does not know yet is not dropped.
      return result === undefined ? reply.send() : reply.send(result);
    },
  });
}
