import * as http from 'node:http';
import { harness, TOKENS, type Harness } from './support';

/** An unsupported method on a path the API has: 405 with Allow (was QUERY → 400, TRACE → 404). */

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

// node:http, because fetch refuses TRACE.
const send = (method: string, path: string) =>
  new Promise<{ status: number; allow?: string; type?: string }>((resolve, reject) => {
    const port = (h.app.server.address() as { port: number }).port;
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers: { authorization: `Bearer ${TOKENS.officer}` } },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode!, allow: res.headers.allow, type: res.headers['content-type'] }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });

it.each([
  ['QUERY', '/api/v1/cases', 'GET, HEAD, POST'],
  ['TRACE', '/api/v1/cases', 'GET, HEAD, POST'],
  ['DELETE', '/api/v1/cases/case-GM0599-2026-0001', 'GET, HEAD'],
  ['PUT', '/api/v1/creditor-sessions', 'POST'],
  ['PATCH', '/api/v1/openapi.json', 'GET, HEAD'],
])('%s %s → 405 with Allow: %s', async (method, path, allow) => {
  const res = await send(method, path);
  expect(res.status).toBe(405);
  expect(res.allow).toBe(allow);
  expect(res.type).toMatch(/^application\/problem\+json/);
});

it('still says 404 for a path the API does not have', async () => {
  expect((await send('TRACE', '/api/v1/nothing')).status).toBe(404);
});
