import * as http from 'node:http';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { z } from 'zod';

/**
 * The Temporal UI's remote codec protocol: POST /encode and POST /decode with
 * `{"payloads":[{"metadata":{k: base64},"data": base64}]}`, answered in the same shape.
 * It lets a supervisor read decrypted cases in the Temporal UI while the server only ever stores ciphertext.
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

export interface CodecServerOptions {
  codec: PayloadCodec;
  corsOrigins: string[];
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

export function createCodecServer({ codec, corsOrigins }: CodecServerOptions): http.Server {
  return http.createServer(async (req, res) => {
    const origin = req.headers.origin;
    if (origin && corsOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace, Authorization');
    }
    const reply = (status: number, body?: unknown) => {
      res.statusCode = status;
      if (body !== undefined) res.setHeader('Content-Type', 'application/json');
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return reply(204);
    if (req.method === 'GET' && req.url === '/health') return reply(200, { status: 'ok' });
    const action = req.url === '/encode' ? 'encode' : req.url === '/decode' ? 'decode' : undefined;
    if (req.method !== 'POST' || !action) return reply(404, { error: 'use POST /encode or POST /decode' });
    if (origin && !corsOrigins.includes(origin)) return reply(403, { error: `origin ${origin} not allowed` });
    let parsed: z.infer<typeof wirePayloads>;
    try {
      parsed = wirePayloads.parse(JSON.parse(await readBody(req)));
    } catch {
      return reply(400, { error: 'body must be {"payloads":[{"metadata":{},"data":"<base64>"}]}' });
    }
    try {
      const result = await codec[action](parsed.payloads.map(fromWire));
      return reply(200, { payloads: result.map(toWire) });
    } catch (error) {
      // Never echo payload contents; the reason (e.g. unknown key id) is enough to act on.
      return reply(422, { error: error instanceof Error ? error.message : 'codec failure' });
    }
  });
}
