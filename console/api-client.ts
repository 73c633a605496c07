import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { InvalidParam } from './forms';

/**
 * The console calls the JSON API of the same Fastify instance (`inject`, no network) with the user's own token:
 * the same routes, access checks, zod schemas and workflow validators as every other client. Nothing here
 * decides anything about a case.
 */

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  'invalid-params'?: InvalidParam[];
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; headers: Record<string, unknown> }
  | { ok: false; status: number; problem: Problem };

export interface BinaryResult {
  ok: boolean;
  status: number;
  body: Buffer;
  contentType?: string;
  disposition?: string;
  problem?: Problem;
}

export class ApiClient {
  constructor(
    private readonly app: FastifyInstance,
    private readonly token: string | undefined,
    /** The browser's address, so the API's per-address limits (wrong access codes) see the real caller. */
    private readonly request: FastifyRequest,
  ) {}

  private headers(json: boolean): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (json) headers['content-type'] = 'application/json';
    return headers;
  }

  private async send(method: 'GET' | 'POST', url: string, body?: unknown) {
    return this.app.inject({
      method,
      url,
      headers: this.headers(method === 'POST'),
      // As the socket address, not a forwarded header: the API trusts such headers only from its proxies.
      remoteAddress: this.request.ip,
      payload: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
  }

  async get<T>(url: string): Promise<ApiResult<T>> {
    return toResult<T>(await this.send('GET', url));
  }

  async post<T>(url: string, body: unknown): Promise<ApiResult<T>> {
    return toResult<T>(await this.send('POST', url, body));
  }

  async binary(url: string): Promise<BinaryResult> {
    const response = await this.send('GET', url);
    const ok = response.statusCode < 300;
    return {
      ok,
      status: response.statusCode,
      body: response.rawPayload,
      contentType: response.headers['content-type'] as string | undefined,
      disposition: response.headers['content-disposition'] as string | undefined,
      problem: ok ? undefined : problemOf(response.statusCode, response.body),
    };
  }
}

function problemOf(status: number, body: string): Problem {
  try {
    const parsed = JSON.parse(body) as Problem;
    return { ...parsed, status };
  } catch {
    return { status, detail: 'Onverwacht antwoord van de API.' };
  }
}

function toResult<T>(response: {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}): ApiResult<T> {
  if (response.statusCode >= 400) {
    return { ok: false, status: response.statusCode, problem: problemOf(response.statusCode, response.body) };
  }
  const data = (response.body ? JSON.parse(response.body) : undefined) as T;
  return { ok: true, status: response.statusCode, data, headers: response.headers };
}
