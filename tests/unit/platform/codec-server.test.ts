import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmPayloadCodec } from '../../../platform/encryption/codec';
import { parseKeyRing } from '../../../platform/encryption/key-ring';
import { createCodecServer, type CodecLogEntry } from '../../../platform/codec-server/server';
import { codecCallerOf } from '../../../platform/codec-server/tokens';
import { loadConfig, withLoopbackTwins } from '../../../platform/config';

const uiOrigin = 'http://localhost:8233';
const DEV_KEY = 'dev-ui-key-for-this-test-only';
const TOKENS: Record<string, Parameters<typeof codecCallerOf>[0]> = {
  'tok-officer-rotterdam': { role: 'officer', officerId: 'medewerker-001', gemeenteCode: 'GM0599' },
  'tok-officer-amsterdam': { role: 'officer', officerId: 'medewerker-ams', gemeenteCode: 'GM0363' },
  'tok-supervisor-all': { role: 'supervisor' },
  'tok-waarborgfonds': { role: 'waarborgfonds' },
};
let server: Server;
let base: string;
const logged: CodecLogEntry[] = [];
const codec = new AesGcmPayloadCodec(parseKeyRing(`k1=${Buffer.alloc(32, 7).toString('base64')}`));

beforeAll(async () => {
  server = createCodecServer({
    codec,
    corsOrigins: withLoopbackTwins([uiOrigin]),
    authenticate: (token) => codecCallerOf(TOKENS[token]),
    devUiKey: DEV_KEY,
    log: (entry) => logged.push(entry),
  });
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
const fromWire = (payload: { metadata: Record<string, string>; data: string }) =>
  defaultPayloadConverter.fromPayload({
    metadata: Object.fromEntries(Object.entries(payload.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
    data: Buffer.from(payload.data, 'base64'),
  });

async function post(route: string, body: unknown, options: { origin?: string; token?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Namespace': 'schuldhulp' };
  if (options.origin !== '') headers.Origin = options.origin ?? uiOrigin;
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return fetch(`${base}${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

const rotterdamCase = { caseId: 'case-GM0599-2026-0001', resident: { bsn: '999990019', naam: 'Fatima El Amrani' } };
const sealedOf = async (...values: unknown[]) =>
  (await codec.encode(values.map((v) => defaultPayloadConverter.toPayload(v)))).map((p) => ({
    metadata: Object.fromEntries(Object.entries(p.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])),
    data: Buffer.from(p.data!).toString('base64'),
  }));

describe('codec server (Temporal UI remote codec protocol)', () => {
  it('encodes and decodes back to the original payload for a signed-in supervisor', async () => {
    const token = 'tok-supervisor-all';
    const encoded = await post('/encode', { payloads: [toWire({ naam: 'Fatima El Amrani' })] }, { token });
    expect(encoded.status).toBe(200);
    expect(encoded.headers.get('access-control-allow-origin')).toBe(uiOrigin);
    const sealed = await encoded.json();
    expect(JSON.stringify(sealed)).not.toContain(Buffer.from('Fatima').toString('base64').slice(0, 6));
    const decoded = (await (await post('/decode', sealed, { token })).json()) as {
      payloads: { metadata: Record<string, string>; data: string }[];
    };
    expect(fromWire(decoded.payloads[0]!)).toEqual({ naam: 'Fatima El Amrani' });
  });

  it('decodes nothing without a token (401), with an unknown one (401), or for the waarborgfonds (403)', async () => {
    const sealed = await sealedOf(rotterdamCase);
    for (const origin of ['', uiOrigin]) {
      const res = await post('/decode', { payloads: sealed }, { origin });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toMatch(/Fatima|999990019/);
    }
    expect((await post('/decode', { payloads: sealed }, { token: 'tok-guess' })).status).toBe(401);
    expect((await post('/decode', { payloads: sealed }, { token: 'tok-waarborgfonds' })).status).toBe(403);
    // A made-up development key is no way in either.
    expect((await post('/ui/not-the-key/decode', { payloads: sealed })).status).toBe(404);
  });

  it("refuses an officer of another gemeente (403) and serves the case's own officer", async () => {
    const sealed = await sealedOf(rotterdamCase);
    const other = await post('/decode', { payloads: sealed }, { token: 'tok-officer-amsterdam' });
    expect(other.status).toBe(403);
    expect(await other.text()).not.toMatch(/Fatima|999990019/);
    const own = await post('/decode', { payloads: sealed }, { token: 'tok-officer-rotterdam' });
    expect(own.status).toBe(200);
    const ownBody = (await own.json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(fromWire(ownBody.payloads[0]!)).toEqual(rotterdamCase);
  });

  it('keeps a payload that names no gemeente encrypted for a gemeente-bound officer', async () => {
    const sealed = await sealedOf(rotterdamCase, { naam: 'Jan Zonder Zaak' });
    const res = await post('/decode', { payloads: sealed }, { token: 'tok-officer-rotterdam' });
    const body = (await res.json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(fromWire(body.payloads[0]!)).toEqual(rotterdamCase);
    expect(body.payloads[1]).toEqual(sealed[1]);
    expect(JSON.stringify(body)).not.toContain('Jan Zonder Zaak');
  });

  it('serves the development Web UI under its key, at localhost and at 127.0.0.1', async () => {
    const sealed = await sealedOf(rotterdamCase);
    for (const origin of ['http://localhost:8233', 'http://127.0.0.1:8233']) {
      const res = await post(`/ui/${DEV_KEY}/decode`, { payloads: sealed }, { origin });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('logs every request with who asked, never what was decoded', async () => {
    logged.length = 0;
    const sealed = await sealedOf(rotterdamCase);
    await post('/decode', { payloads: sealed }, { token: 'tok-officer-rotterdam' });
    await post('/decode', { payloads: sealed }, { token: 'tok-officer-amsterdam' });
    await post('/decode', { payloads: sealed });
    expect(logged.map((e) => [e.action, e.status, e.who, e.gemeente])).toEqual([
      ['decode', 200, 'medewerker-001', 'GM0599'],
      ['decode', 403, 'medewerker-ams', 'GM0363'],
      ['decode', 401, undefined, undefined],
    ]);
    expect(JSON.stringify(logged)).not.toMatch(/Fatima|999990019|case-GM/);
  });

  it('answers the browser preflight with the headers the UI sends', async () => {
    const res = await fetch(`${base}/decode`, {
      method: 'OPTIONS',
      headers: {
        Origin: uiOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-namespace,content-type,authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  it('refuses other origins and malformed bodies', async () => {
    const token = 'tok-supervisor-all';
    expect((await post('/decode', { payloads: [] }, { origin: 'http://evil.example', token })).status).toBe(403);
    expect((await post('/decode', { nope: 1 }, { token })).status).toBe(400);
    expect((await fetch(`${base}/decode`)).status).toBe(404);
  });

  it('allows the UI at both loopback names outside production, and only the configured origins in production', () => {
    expect(loadConfig({}).codecServer.corsOrigins).toEqual(['http://localhost:8233', 'http://127.0.0.1:8233']);
    const production = loadConfig({
      SCHULDHULP_ENV: 'production',
      SCHULDHULP_ACCESS_CODE_SECRET: 'x'.repeat(40),
      SCHULDHULP_ENCRYPTION_KEYS: `k=${Buffer.alloc(32).toString('base64')}`,
      SCHULDHULP_CODEC_CORS_ORIGINS: 'https://temporal.gemeente.example',
    });
    expect(production.codecServer.corsOrigins).toEqual(['https://temporal.gemeente.example']);
  });
});
