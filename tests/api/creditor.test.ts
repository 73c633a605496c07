import { CreditorSessions } from '../../api/auth/creditor-session';
import {
  AMSTERDAM_CASE,
  bearer,
  codeOf,
  creditorToken,
  expectProblem,
  harness,
  NOW,
  placeLetter,
  ROTTERDAM_CASE,
  ROTTERDAM_REF,
  statusOf,
  TOKENS,
  type Harness,
} from './support';

let h: Harness;
const AMSTERDAM_REF = 'GM0363-2026-0001';

beforeEach(async () => {
  h = await harness({ accessCodeAttempts: { max: 3, windowMs: 60_000 } });
  h.cases.cases.set(ROTTERDAM_CASE, statusOf(ROTTERDAM_CASE, 'GM0599', 'medewerker-001'));
  h.cases.cases.set(AMSTERDAM_CASE, statusOf(AMSTERDAM_CASE, 'GM0363', 'medewerker-ams'));
  h.cases.addTrack(ROTTERDAM_CASE, 'belastingdienst');
  h.cases.addTrack(ROTTERDAM_CASE, 'eneco');
  h.cases.addTrack(AMSTERDAM_CASE, 'belastingdienst');
});
afterEach(() => h.close());

describe('POST /api/v1/creditor-sessions', () => {
  it('trades the code from the letter for a session bound to that case and creditor', async () => {
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor-sessions',
      payload: { code: codeOf(ROTTERDAM_REF, 'belastingdienst') },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ caseReference: ROTTERDAM_REF, creditorId: 'belastingdienst' });
    expect(body.expiresAt).toBe(new Date(NOW.getTime() + 3_600_000).toISOString());
    const session = await h.inject({ method: 'GET', url: '/api/v1/session', headers: bearer(body.token) });
    expect(session.json()).toMatchObject({
      role: 'creditor',
      caseId: ROTTERDAM_CASE,
      creditorId: 'belastingdienst',
    });
  });

  it('names a missing code; refuses an unknown one with 401 and stops guessing with 429', async () => {
    expectProblem(
      await h.inject({ method: 'POST', url: '/api/v1/creditor-sessions', payload: {} }),
      400,
      'code',
    );
    for (let i = 0; i < 3; i++) {
      expectProblem(
        await h.inject({
          method: 'POST',
          url: '/api/v1/creditor-sessions',
          payload: { code: 'K7QF-3MZP-W8HD-2RXT' },
        }),
        401,
      );
    }
    const blocked = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor-sessions',
      payload: { code: codeOf(ROTTERDAM_REF, 'belastingdienst') },
    });
    expectProblem(blocked, 429);
    expect(blocked.headers['retry-after']).toBe('60');
  });

  it('rejects a forged, tampered or expired session token with 401', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'belastingdienst');
    const [prefix, payload, mac] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ r: AMSTERDAM_REF, c: 'belastingdienst', e: '2099-01-01T00:00:00Z' }),
    ).toString('base64url');
    for (const bad of [`${prefix}.${forged}.${mac}`, `${prefix}.${payload}.x${mac}`, 'cs1.garbage']) {
      expectProblem(
        await h.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: bearer(bad) }),
        401,
      );
    }
    const otherKey = new CreditorSessions('t'.repeat(40), 3_600_000).issue(
      { caseReference: ROTTERDAM_REF, creditorId: 'belastingdienst' },
      NOW,
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: bearer(otherKey.token) }),
      401,
    );
    const expired = new CreditorSessions('s'.repeat(40), 1000).issue(
      { caseReference: ROTTERDAM_REF, creditorId: 'belastingdienst' },
      new Date(NOW.getTime() - 2000),
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: bearer(expired.token) }),
      401,
    );
  });
});

describe('GET /api/v1/creditor/letters and /letters/{letterId}/pdf', () => {
  let own: string;
  let otherCreditors: string;
  let otherCase: string;
  beforeEach(() => {
    own = placeLetter(h, ROTTERDAM_REF, 'belastingdienst');
    otherCreditors = placeLetter(h, ROTTERDAM_REF, 'eneco');
    otherCase = placeLetter(h, AMSTERDAM_REF, 'belastingdienst');
  });

  it('lists only this creditor’s letters for this case, with download links', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'belastingdienst');
    const res = await h.inject({ method: 'GET', url: '/api/v1/creditor/letters', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((l: { letterId: string }) => l.letterId)).toEqual([own]);
    expect(res.json().items[0].pdfHref).toBe(`/api/v1/creditor/letters/${own}/pdf`);
    const pdf = await h.inject({ method: 'GET', url: res.json().items[0].pdfHref, headers: bearer(token) });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`${own}.pdf`);
    expect(pdf.body.startsWith('%PDF')).toBe(true);
  });

  it('cannot open another creditor’s letter or a letter of another case', async () => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    for (const letterId of [otherCreditors, otherCase]) {
      const res = await h.inject({
        method: 'GET',
        url: `/api/v1/creditor/letters/${letterId}/pdf`,
        headers: token,
      });
      expectProblem(res, 404);
      expect(res.body).not.toContain('%PDF');
    }
    // The same creditor in another case sees only that case.
    const amsterdam = bearer(await creditorToken(h, AMSTERDAM_REF, 'belastingdienst'));
    const list = await h.inject({ method: 'GET', url: '/api/v1/creditor/letters', headers: amsterdam });
    expect(list.json().items.map((l: { letterId: string }) => l.letterId)).toEqual([otherCase]);
  });

  it('names a malformed letter id; refuses staff tokens and anonymous callers', async () => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/creditor/letters/a..b/pdf', headers: token }),
      400,
      'letterId',
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/creditor/letters', headers: bearer(TOKENS.officer) }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/creditor/letters/${own}/pdf`,
        headers: bearer(TOKENS.officer),
      }),
      403,
    );
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/creditor/letters' }), 401);
  });
});

describe('GET /api/v1/creditor/status', () => {
  it('shows the own track only', async () => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'eneco'));
    const res = await h.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ caseId: ROTTERDAM_CASE, creditorId: 'eneco' });
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: bearer(TOKENS.supervisor) }),
      403,
    );
  });

  it('404 when the track is gone', async () => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'vanished'));
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: token }), 404);
  });
});

describe('POST /api/v1/creditor/answers/{answer}', () => {
  it('answers on the own track: the case and creditor come from the session, never from the body', async () => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor/answers/saldo-opgave',
      headers: token,
      payload: { amount: 250000, reference: 'BD-77', caseId: AMSTERDAM_CASE, creditorId: 'eneco' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      creditorId: 'belastingdienst',
      phase: 'beantwoord',
      claimAmount: 250000,
    });
    expect(h.cases.calls.at(-1)).toEqual({
      method: 'answer',
      args: [ROTTERDAM_CASE, 'belastingdienst', 'saldo-opgave', { amount: 250000, reference: 'BD-77' }],
    });
    expect(h.cases.tracks.get(`${AMSTERDAM_CASE}/creditor/belastingdienst`)!.phase).toBe('wacht-op-antwoord');
  });

  it.each([
    ['saldo-opgave', { amount: -5, reference: 'x' }, 'amount'],
    // The kenmerk is optional (issue 13 item 5); a saldo-opgave without any amount names the hoofdsom.
    ['saldo-opgave', { reference: 'x' }, 'hoofdsom'],
    ['saldo-opgave', { hoofdsom: 100, rente: -1 }, 'rente'],
    ['geen-medewerking', {}, 'reason'],
    ['pauze-bevestiging', { confirmed: false }, 'confirmed'],
  ])('%s with a bad body names %s', async (answer, payload, field) => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    expectProblem(
      await h.inject({ method: 'POST', url: `/api/v1/creditor/answers/${answer}`, headers: token, payload }),
      400,
      field,
    );
    expect(h.cases.calls).toHaveLength(0);
  });

  it('vooraf-akkoord needs no fields', async () => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor/answers/vooraf-akkoord',
      headers: token,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
  });

  it('409 with the reason when the track refuses; 404 for an unknown answer; 403 for officers', async () => {
    const token = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    h.cases.rejectNext = 'U heeft al geantwoord.';
    const rejected = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor/answers/geen-medewerking',
      headers: token,
      payload: { reason: 'geen dossier' },
    });
    expect(expectProblem(rejected, 409).detail).toBe('U heeft al geantwoord.');
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/creditor/answers/akkoord-later',
        headers: token,
        payload: {},
      }),
      404,
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/creditor/answers/vooraf-akkoord',
        headers: bearer(TOKENS.officer),
        payload: {},
      }),
      403,
    );
  });
});
