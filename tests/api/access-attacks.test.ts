import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SqliteAccessStateStore } from '../../api/auth/access-state-sqlite';
import type { AccessStateStore } from '../../api/auth/access-state';
import {
  bearer,
  codeOf,
  creditorToken,
  expectProblem,
  harness,
  placeLetter,
  ROTTERDAM_CASE,
  ROTTERDAM_REF,
  statusOf,
  TOKENS,
  type Harness,
} from './support';

/**
 * The attacks of issue 15 on creditor access, replayed against two API instances that share one access-state
 * file (as two processes on one host do): spoofed X-Forwarded-For, the right code during a lockout, and a
 * creditor that was removed or whose case ended.
 */

let dir: string;
let stores: AccessStateStore[];
let a: Harness;
let b: Harness;

const wrongCode = (i: number) => `K7QF-3MZP-W8HD-${String(i).padStart(4, '2').replace(/[01]/g, '9')}`;

async function twoInstances(options: { trustedProxies?: string[] } = {}) {
  stores = [
    new SqliteAccessStateStore(path.join(dir, 'access-state.sqlite')),
    new SqliteAccessStateStore(path.join(dir, 'access-state.sqlite')),
  ];
  a = await harness({ accessState: stores[0], accessCodeAttempts: { max: 10, windowMs: 15 * 60_000 } }, options);
  b = await harness(
    { accessState: stores[1], cases: a.cases, accessCodeAttempts: { max: 10, windowMs: 15 * 60_000 } },
    options,
  );
  const status = statusOf(ROTTERDAM_CASE, 'GM0599', 'medewerker-001');
  status.creditors.push(
    { creditorId: 'eneco', name: 'Eneco', phase: 'wacht-op-antwoord', pauseConfirmed: false, collectionBreaches: 0, removed: false },
    { creditorId: 'woonstad', name: 'Woonstad', phase: 'wacht-op-antwoord', pauseConfirmed: false, collectionBreaches: 0, removed: false },
  );
  status.phase = 'stabilisatie';
  a.cases.cases.set(ROTTERDAM_CASE, status);
}

const signIn = (h: Harness, code: string, headers: Record<string, string> = {}) =>
  h.inject({ method: 'POST', url: '/api/v1/creditor-sessions', payload: { code }, headers });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-access-'));
});
afterEach(async () => {
  await a?.close();
  await b?.close();
  for (const s of stores ?? []) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('guessing access codes', () => {
  it('refuses the header-spoofing brute force across two API instances; the right code then gets no session', async () => {
    await twoInstances();
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      const res = await signIn(i % 2 ? b : a, wrongCode(i), { 'x-forwarded-for': `198.51.100.${i}` });
      statuses.push(res.statusCode);
    }
    // Ten wrong codes are checked (401), in all: the header names a new client every time, the instances differ.
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    const right = await signIn(b, codeOf(ROTTERDAM_REF, 'eneco'), { 'x-forwarded-for': '203.0.113.99' });
    expectProblem(right, 429);
    expect(right.headers['retry-after']).toBe('900');
    expect(right.body).not.toMatch(/token/);
  });

  it('believes X-Forwarded-For only from a configured proxy, and then takes the address the proxy saw', async () => {
    await twoInstances({ trustedProxies: ['127.0.0.1'] });
    // The attacker writes its own header; the proxy appends the address it really saw (203.0.113.7).
    for (let i = 0; i < 10; i++) {
      expectProblem(await signIn(i % 2 ? b : a, wrongCode(i), { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.7` }), 401);
    }
    expectProblem(await signIn(a, wrongCode(11), { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' }), 429);
    // Another resident behind the same proxy is another client, and is not locked out.
    expect((await signIn(b, codeOf(ROTTERDAM_REF, 'eneco'), { 'x-forwarded-for': '192.0.2.44' })).statusCode).toBe(201);
  });

  it('limits each code too: the same code from many clients is refused after ten tries', async () => {
    await twoInstances({ trustedProxies: ['127.0.0.1'] });
    const code = wrongCode(7);
    for (let i = 0; i < 10; i++) {
      expectProblem(await signIn(i % 2 ? b : a, code, { 'x-forwarded-for': `192.0.2.${i}` }), 401);
    }
    expectProblem(await signIn(a, code, { 'x-forwarded-for': '192.0.2.200' }), 429);
  });

  it('does not count a right code against the creditor', async () => {
    await twoInstances();
    for (let i = 0; i < 15; i++) expect((await signIn(i % 2 ? b : a, codeOf(ROTTERDAM_REF, 'eneco'))).statusCode).toBe(201);
  });
});

describe('a creditor that is removed, or whose case ended', () => {
  it('after creditor-remove: the session gets 403 for the saldoverzoek PDF on both instances, the old code no session', async () => {
    await twoInstances();
    const letterId = placeLetter(a, ROTTERDAM_REF, 'eneco');
    const token = await creditorToken(a, ROTTERDAM_REF, 'eneco');
    const before = await a.inject({ method: 'GET', url: `/api/v1/creditor/letters/${letterId}/pdf`, headers: bearer(token) });
    expect(before.statusCode).toBe(200);

    const removed = await a.inject({
      method: 'POST',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/creditor-remove`,
      headers: bearer(TOKENS.officer),
      payload: { creditorId: 'eneco', reason: 'dubbel ingevoerd' },
    });
    expect(removed.statusCode).toBe(200);

    for (const h of [a, b]) {
      expectProblem(await h.inject({ method: 'GET', url: `/api/v1/creditor/letters/${letterId}/pdf`, headers: bearer(token) }), 403);
      expectProblem(await h.inject({ method: 'GET', url: '/api/v1/creditor/letters', headers: bearer(token) }), 403);
      const again = await signIn(h, codeOf(ROTTERDAM_REF, 'eneco'));
      expectProblem(again, 403);
      expect(again.body).not.toMatch(/"token"/);
    }
    // The other creditor of the case keeps its access.
    expect((await signIn(b, codeOf(ROTTERDAM_REF, 'woonstad'))).statusCode).toBe(201);
  });

  it('a removal the API did not perform (CLI) and the end of the case are seen on the next request', async () => {
    await twoInstances();
    const eneco = await creditorToken(a, ROTTERDAM_REF, 'eneco');
    const woonstad = await creditorToken(a, ROTTERDAM_REF, 'woonstad');
    const status = a.cases.cases.get(ROTTERDAM_CASE)!;
    status.creditors[0]!.removed = true;
    // Instance b has no cached answer: it asks the case, revokes in the shared store, and a follows at once.
    expectProblem(await b.inject({ method: 'GET', url: '/api/v1/creditor/letters', headers: bearer(eneco) }), 403);
    expectProblem(await a.inject({ method: 'GET', url: '/api/v1/creditor/letters', headers: bearer(eneco) }), 403);

    status.phase = 'afgesloten';
    const c = await harness({ accessState: stores[0], cases: a.cases });
    try {
      expectProblem(await c.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: bearer(woonstad) }), 403);
      expectProblem(await a.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: bearer(woonstad) }), 403);
      expectProblem(await signIn(a, codeOf(ROTTERDAM_REF, 'woonstad')), 403);
    } finally {
      await c.close();
    }
  });

  it('an officer action that closes the case revokes every creditor at once', async () => {
    await twoInstances();
    const token = await creditorToken(a, ROTTERDAM_REF, 'woonstad');
    const status = a.cases.cases.get(ROTTERDAM_CASE)!;
    const act = a.cases.act.bind(a.cases);
    a.cases.act = async (...args) => {
      const result = await act(...args);
      result.phase = 'afgesloten';
      return result;
    };
    status.phase = 'aanmelding';
    const res = await a.inject({
      method: 'POST',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/eerste-gesprek`,
      headers: bearer(TOKENS.officer),
      payload: { date: '2026-11-30' },
    });
    expect(res.statusCode).toBe(200);
    expect(await stores[1]!.isRevoked(ROTTERDAM_REF, 'woonstad')).toBe(true);
    expectProblem(await b.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: bearer(token) }), 403);
  });
});
