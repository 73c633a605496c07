import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmPayloadCodec } from '../../../platform/encryption/codec';
import { parseKeyRing } from '../../../platform/encryption/key-ring';
import { createCodecServer } from '../../../platform/codec-server/server';

const uiOrigin = 'http://localhost:8233';
let server: Server;
let base: string;

beforeAll(async () => {
  const codec = new AesGcmPayloadCodec(parseKeyRing(`k1=${Buffer.alloc(32, 7).toString('base64')}`));
  server = createCodecServer({ codec, corsOrigins: [uiOrigin] });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

const toWire = (value: unknown) => {
  const p = defaultPayloadConverter.toPayload(value);
  return {
    metadata: Object.fromEntries(
      Object.entries(p.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')]),
    ),
    data: Buffer.from(p.data!).toString('base64'),
  };
};

async function post(route: string, body: unknown, origin = uiOrigin) {
  return fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Namespace': 'schuldhulp', Origin: origin },
    body: JSON.stringify(body),
  });
}

describe('codec server (Temporal UI remote codec protocol)', () => {
  it('encodes and decodes back to the original payload for the UI', async () => {
    const encoded = await post('/encode', { payloads: [toWire({ naam: 'Fatima El Amrani' })] });
    expect(encoded.status).toBe(200);
    expect(encoded.headers.get('access-control-allow-origin')).toBe(uiOrigin);
    const sealed = await encoded.json();
    expect(JSON.stringify(sealed)).not.toContain(Buffer.from('Fatima').toString('base64').slice(0, 6));
    const decoded = (await (await post('/decode', sealed)).json()) as {
      payloads: { metadata: Record<string, string>; data: string }[];
    };
    const payload = decoded.payloads[0]!;
    const value = defaultPayloadConverter.fromPayload({
      metadata: Object.fromEntries(
        Object.entries(payload.metadata as Record<string, string>).map(([k, v]) => [
          k,
          Buffer.from(v, 'base64'),
        ]),
      ),
      data: Buffer.from(payload.data, 'base64'),
    });
    expect(value).toEqual({ naam: 'Fatima El Amrani' });
  });

  it('answers the browser preflight with the headers the UI sends', async () => {
    const res = await fetch(`${base}/decode`, {
      method: 'OPTIONS',
      headers: {
        Origin: uiOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-namespace,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/);
  });

  it('refuses other origins and malformed bodies', async () => {
    expect((await post('/decode', { payloads: [] }, 'http://evil.example')).status).toBe(403);
    expect((await post('/decode', { nope: 1 })).status).toBe(400);
    expect((await fetch(`${base}/decode`)).status).toBe(404);
  });
});
