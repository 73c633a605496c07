import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../../api/app';
import { createApiClient } from '../../api/temporal-client';
import { createApiDeps } from '../../api/wiring';
import { loadConfig } from '../../platform/config';
import { parseKeyRing } from '../../platform/encryption/key-ring';
import { freePort } from '../../scripts/lib/dev-server';
import { bearer, listenAndInject, tokenRegistry, TOKENS } from './support';

/** Issue 14: with Temporal unreachable the API answers 503 with Retry-After within 2 s (it was a 500 after 19 s). */

let dir: string;
let app: FastifyInstance;
let inject: Awaited<ReturnType<typeof listenAndInject>>;
let closeClient: () => Promise<void>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-unreachable-'));
  // A port nobody listens on: freePort() closed it again.
  const config = loadConfig({ TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`, SCHULDHULP_DATA_DIR: dir });
  const ring = parseKeyRing(`k=${Buffer.alloc(32, 3).toString('base64')}`);
  const client = await createApiClient(config, ring);
  closeClient = () => client.connection.close();
  const deps = createApiDeps(config, client, 'x'.repeat(40), tokenRegistry(), undefined, ring);
  app = await buildApi(deps);
  inject = await listenAndInject(app);
});
afterAll(async () => {
  await app.close();
  await closeClient();
  fs.rmSync(dir, { recursive: true, force: true });
});

it.each([
  ['a case', '/api/v1/cases/case-GM0599-2026-0001'],
  ['the case list', '/api/v1/cases'],
  ['a creditor track', '/api/v1/cases/case-GM0599-2026-0001/creditors/eneco'],
])('answers %s with 503 and Retry-After within 2 s', async (_what, url) => {
  const started = Date.now();
  const res = await inject({ method: 'GET', url, headers: bearer(TOKENS.officer) });
  const elapsed = Date.now() - started;
  expect(res.statusCode).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.json().detail).toMatch(/Temporal is niet bereikbaar/);
  expect(elapsed).toBeLessThan(2000);
});
