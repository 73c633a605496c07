import { timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { z } from 'zod';
import { admit, release, type CodecCaller } from './access';

/**
 * The Temporal UI's remote codec protocol: POST /encode and POST /decode with
 * `{"payloads":[{"metadata":{k: base64},"data": base64}]}`, answered in the same shape.
 * It lets a supervisor read decrypted cases in the Temporal UI while the server only ever stores ciphertext.
 *
 * Nobody decrypts without signing in: `Authorization: Bearer <API token>` (the Temporal UI sends the user's
 * token with TEMPORAL_CODEC_PASS_ACCESS_TOKEN=true), checked for role and gemeente (./access.ts). In
 * development the embedded Web UI has no sign-in; it calls `/ui/<key>/decode` with a key that scripts/start
 * makes and hands only to that UI. Every request is logged with who asked and how many payloads, never what.
 */

const wirePayloads = z.object({
  payloads: z.array(
    z.object({
      metadata: z.record(z.string(), z.string()).optional(),
      data: z.string().optional(),
    }),
  ),
});
type WirePayload = z.infer<typeof wirePayloads>['payloads'][number];

const MAX_BODY_BYTES = 8 * 1024 * 1024;

function fromWire(p: WirePayload): Payload {
  return {
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
    data: p.data === undefined ? undefined : Buffer.from(p.data, 'base64'),
  };
}

function toWire(p: Payload): WirePayload {
  return {
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? []).toString('base64')])),
    data: p.data ? Buffer.from(p.data).toString('base64') : undefined,
  };
}

/** One line per request: who, what kind of request, how many payloads; never their contents. */
export interface CodecLogEntry {
  at: string;
  action: 'encode' | 'decode';
  status: number;
  who?: string;
  role?: string;
  gemeente?: string;
  namespace?: string;
  payloads?: number;
  withheld?: number;
}

export interface CodecServerOptions {
  codec: PayloadCodec;
  corsOrigins: string[];
  /** A staff token → the caller, or undefined when the token is unknown. */
  authenticate: (token: string) => CodecCaller | undefined;
  /** Development only: the key in the embedded Web UI's codec endpoint (`/ui/<key>`). */
  devUiKey?: string;
  log?: (entry: CodecLogEntry) => void;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The route and, for the development Web UI's prefixed endpoint, its caller. */
function routeOf(url: string, devUiKey: string | undefined): { path: string; devUi: boolean } {
  const path = url.split('?')[0] ?? '';
  const m = /^\/ui\/([^/]+)(\/.*)$/.exec(path);
  if (m && devUiKey && sameSecret(m[1]!, devUiKey)) return { path: m[2]!, devUi: true };
  return { path: m ? '/unknown' : path, devUi: false };
}

export function createCodecServer(options: CodecServerOptions): http.Server {
  const { codec, corsOrigins } = options;
  const log = options.log ?? ((entry: CodecLogEntry) => console.log(JSON.stringify({ event: 'codec', ...entry })));
  return http.createServer(async (req, res) => {
    const origin = req.headers.origin;
    if (origin && corsOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace, Authorization');
    }
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.statusCode = status;
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      if (body !== undefined) res.setHeader('Content-Type', 'application/json');
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const { path, devUi } = routeOf(req.url ?? '', options.devUiKey);
    if (req.method === 'OPTIONS') return reply(204);
    if (req.method === 'GET' && path === '/health') return reply(200, { status: 'ok' });
    const action = path === '/encode' ? 'encode' : path === '/decode' ? 'decode' : undefined;
    if (req.method !== 'POST' || !action) return reply(404, { error: 'use POST /encode or POST /decode' });
    const namespace = typeof req.headers['x-namespace'] === 'string' ? req.headers['x-namespace'] : undefined;
    const done = (status: number, body: unknown, caller?: CodecCaller, extra: Partial<CodecLogEntry> = {}, headers?: Record<string, string>) => {
      log({
        at: new Date().toISOString(),
        action,
        status,
        who: caller?.who,
        role: caller?.role,
        gemeente: caller?.gemeenteCode,
        namespace,
        ...extra,
      });
      reply(status, body, headers);
    };
    if (origin && !corsOrigins.includes(origin)) return done(403, { error: `origin ${origin} not allowed` });

    let caller: CodecCaller | undefined;
    if (devUi) caller = { who: 'dev-web-ui', role: 'dev-web-ui' };
    else {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      caller = match ? options.authenticate(match[1]!) : undefined;
      if (!caller) {
        return done(401, { error: 'sign in: Authorization: Bearer <token>' }, undefined, {}, {
          'WWW-Authenticate': 'Bearer realm="schuldhulp-codec"',
        });
      }
    }
    const admission = admit(caller);
    if (!admission.ok) return done(admission.status, { error: admission.reason }, caller);

    let parsed: z.infer<typeof wirePayloads>;
    try {
      parsed = wirePayloads.parse(JSON.parse(await readBody(req)));
    } catch {
      return done(400, { error: 'body must be {"payloads":[{"metadata":{},"data":"<base64>"}]}' }, caller);
    }
    const input = parsed.payloads.map(fromWire);
    try {
      if (action === 'encode') {
        const result = await codec.encode(input);
        return done(200, { payloads: result.map(toWire) }, caller, { payloads: input.length });
      }
      const decoded = await codec.decode(input);
      const released = release(caller, input, decoded);
      if (!released.ok) return done(403, { error: released.reason }, caller, { payloads: input.length });
      return done(200, { payloads: released.payloads.map(toWire) }, caller, {
        payloads: input.length,
        withheld: released.withheld,
      });
    } catch (error) {
      // Never echo payload contents; the reason (e.g. unknown key id) is enough to act on.
      return done(422, { error: error instanceof Error ? error.message : 'codec failure' }, caller, {
        payloads: input.length,
      });
    }
  });
}
