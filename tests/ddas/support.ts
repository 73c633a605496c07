import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { Sealer } from '../../activities/reporting/sealed';
import { SqliteReportingStore } from '../../activities/reporting/sqlite-store';
import { DdasClients } from '../../api/ddas/clients';
import { ddasOAuthServer } from '../../api/ddas/oauth';
import { ddasPlugin } from '../../api/ddas/plugin';
import { loadSigningIdentity } from '../../api/ddas/signature';
import { devSigningFiles } from '../../api/ddas/wiring';
import { parseKeyRing } from '../../platform/encryption/key-ring';
import { exampleEvents } from './cases';

export const CLIENT = { id: 'cbs-test', secret: 'geheim-voor-de-test-1234' };
export const NOW = new Date('2027-01-05T08:00:00Z');

/** The DDAS-SHV plugin alone on a Fastify server, over a SQLite store holding the example cases. */
export async function ddasServer(): Promise<{
  app: FastifyInstance;
  store: SqliteReportingStore;
  baseUrl: string;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-ddas-'));
  const store = new SqliteReportingStore(
    path.join(dir, 'reporting.sqlite'),
    new Sealer(parseKeyRing(`t=${Buffer.alloc(32, 3).toString('base64')}`)),
  );
  await store.write(exampleEvents);
  const files = devSigningFiles(dir);
  const clients = new DdasClients([
    {
      clientId: CLIENT.id,
      clientSecretSha256: createHash('sha256').update(CLIENT.secret).digest('hex'),
      gemeenten: ['GM0599', 'GM0363'],
    },
  ]);
  const app = Fastify();
  await ddasPlugin({
    oauth: ddasOAuthServer(clients, 'api-secret-'.repeat(4)),
    store: () => store,
    identity: await loadSigningIdentity(files.keyFile, files.certFile),
    supplierCode: 'SCHULDHULP',
    now: () => NOW,
  })(app);
  // A real listener (loopback, free port): what schemathesis needs too, and light-my-request's ESM cookie module
  // does not load under jest here.
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, store, baseUrl: address };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function post(
  url: string,
  body: string | object | undefined,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...(typeof body === 'object' ? { 'content-type': 'application/json' } : {}), ...headers },
    body: typeof body === 'object' ? JSON.stringify(body) : body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  return { status: response.status, headers: response.headers, text, bytes, json: () => JSON.parse(text) };
}

export async function tokenFor(baseUrl: string): Promise<string> {
  const response = await post(`${baseUrl}/ddas/v1/token`, 'grant_type=client_credentials&scope=read', {
    'content-type': 'application/x-www-form-urlencoded',
    authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`,
  });
  if (response.status !== 200) throw new Error(`token: ${response.status} ${response.text}`);
  return (response.json() as { access_token: string }).access_token;
}
