import type { FieldError } from '../domain/records';

/**
 * Errors as `application/problem+json` (RFC 9457). Field problems go in `invalid-params` as `{ name, reason }`
 * with the field's dotted path (`aanmelding.resident.bsn`, `claims[0].amount`), so a form can show each message
 * next to its input.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  'invalid-params'?: InvalidParam[];
}

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet aanvaardbaar',
  409: 'Actie geweigerd',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  429: 'Te veel pogingen',
  500: 'Interne fout',
  502: 'Achterliggend systeem niet bereikbaar',
  503: 'Tijdelijk niet beschikbaar',
};

/** A problem a route throws on purpose; the error handler turns it into the response. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly status: number,
    detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export function problemOf(
  status: number,
  detail?: string,
  invalidParams?: InvalidParam[],
  instance?: string,
): Problem {
  const problem: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? (status >= 500 ? 'Interne fout' : 'Fout in het verzoek'),
    status,
  };
  if (detail) problem.detail = detail;
  if (instance) problem.instance = instance;
  if (invalidParams?.length) problem['invalid-params'] = invalidParams;
  return problem;
}

/**
 * Workflow ids (`case-GM0599-2026-0001`, `…/creditor/<id>`, `…/oplossing`) are internal: no error body names
 * one, whatever message a workflow, Temporal or a route put together. The caller knows which case it asked for.
 */
const WORKFLOW_ID = /case-GM\d{4}-[A-Za-z0-9-]+(?:\/(?:creditor\/[A-Za-z0-9._-]+|oplossing))*/g;

export function withoutWorkflowIds(text: string): string {
  return text.replace(WORKFLOW_ID, 'deze zaak');
}

export function scrubProblem(problem: Problem): Problem {
  if (problem.detail) problem.detail = withoutWorkflowIds(problem.detail);
  if (problem.instance) problem.instance = withoutWorkflowIds(problem.instance);
  const params = problem['invalid-params'];
  if (params) problem['invalid-params'] = params.map((p) => ({ name: p.name, reason: withoutWorkflowIds(p.reason) }));
  return problem;
}

/** Field errors of the domain (`{ field, message }`) as RFC 9457 invalid-params, with a name prefix. */
export function invalidParamsOf(errors: readonly FieldError[], prefix = ''): InvalidParam[] {
  return errors.map((e) => ({
    name: prefix && e.field ? `${prefix}.${e.field}` : prefix || e.field || '(body)',
    reason: e.message,
  }));
}

export const badRequest = (params: InvalidParam[], detail = 'Het verzoek bevat ongeldige gegevens.') =>
  new ProblemError(400, detail, params);
export const unauthorized = (detail = 'Meld u aan met een geldig token (Authorization: Bearer ...).') =>
  new ProblemError(401, detail, undefined, { 'WWW-Authenticate': 'Bearer realm="schuldhulp"' });
export const forbidden = (detail: string) => new ProblemError(403, detail);
export const notFound = (detail: string) => new ProblemError(404, detail);
