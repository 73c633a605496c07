import { exampleAanmeldingInput } from '../support/aanmelding';
import {
  AMSTERDAM_CASE,
  bearer,
  creditorToken,
  expectProblem,
  harness,
  ROTTERDAM_CASE,
  ROTTERDAM_REF,
  statusOf,
  TOKENS,
  type Harness,
} from './support';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.cases.cases.set(ROTTERDAM_CASE, statusOf(ROTTERDAM_CASE, 'GM0599', 'medewerker-001'));
  h.cases.cases.set(AMSTERDAM_CASE, statusOf(AMSTERDAM_CASE, 'GM0363', 'medewerker-ams'));
  h.cases.addTrack(ROTTERDAM_CASE, 'belastingdienst');
  h.cases.addTrack(AMSTERDAM_CASE, 'belastingdienst');
});
afterEach(() => h.close());

const officer = bearer(TOKENS.officer);

describe('POST /api/v1/cases', () => {
  const body = () => ({ caseNumber: '2026-0042', aanmelding: exampleAanmeldingInput() });

  it('starts a case (201 with Location), and a second start returns the same case (200)', async () => {
    const first = await h.inject({ method: 'POST', url: '/api/v1/cases', headers: officer, payload: body() });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      caseId: 'case-GM0599-2026-0042',
      caseReference: 'GM0599-2026-0042',
      created: true,
      href: '/api/v1/cases/case-GM0599-2026-0042',
    });
    expect(first.headers.location).toBe('/api/v1/cases/case-GM0599-2026-0042');
    const second = await h.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: officer,
      payload: body(),
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().created).toBe(false);
  });

  it('names each bad field of the aanmelding with its path', async () => {
    const input = body();
    (input.aanmelding.resident as { bsn: string }).bsn = '123456789';
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: officer,
      payload: { ...input, caseNumber: 'no spaces allowed' },
    });
    const problem = expectProblem(res, 400, 'aanmelding.resident.bsn');
    expect(problem['invalid-params']!.map((p) => p.name)).toContain('caseNumber');
    expect(problem['invalid-params']!.find((p) => p.name === 'aanmelding.resident.bsn')!.reason).toMatch(
      /elfproef/,
    );
    expect(h.cases.calls).toHaveLength(0);
  });

  it('never answers bad JSON, a missing body or a wrong content type with a 500', async () => {
    const broken = await h.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...officer, 'content-type': 'application/json' },
      payload: '{"caseNumber": ',
    });
    expectProblem(broken, 400, '(body)');
    const empty = await h.inject({ method: 'POST', url: '/api/v1/cases', headers: officer });
    expectProblem(empty, 400);
    const text = await h.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...officer, 'content-type': 'application/xml' },
      payload: '<aanmelding/>',
    });
    expectProblem(text, 415);
    const array = await h.inject({ method: 'POST', url: '/api/v1/cases', headers: officer, payload: [1, 2] });
    expectProblem(array, 400);
  });

  it('refuses an aanmelding for another gemeente (403), a supervisor (403), no token (401), a bad token (401)', async () => {
    const other = body();
    other.aanmelding.gemeenteCode = 'GM0363';
    expectProblem(
      await h.inject({ method: 'POST', url: '/api/v1/cases', headers: officer, payload: other }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: bearer(TOKENS.supervisor),
        payload: body(),
      }),
      403,
    );
    const anonymous = await h.inject({ method: 'POST', url: '/api/v1/cases', payload: body() });
    expectProblem(anonymous, 401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    expectProblem(
      await h.inject({ method: 'POST', url: '/api/v1/cases', headers: bearer('nope'), payload: body() }),
      401,
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { authorization: 'Basic abc' },
        payload: body(),
      }),
      401,
    );
    expect(h.cases.calls).toHaveLength(0);
  });
});

describe('GET /api/v1/cases (visibility list)', () => {
  it('lists the own gemeente with the filters passed through', async () => {
    h.listItems = [
      {
        caseId: ROTTERDAM_CASE,
        caseReference: ROTTERDAM_REF,
        gemeente: 'GM0599',
        officerId: 'medewerker-001',
        phase: 'aanmelding',
        nextDeadline: '2026-12-21T23:00:00.000Z',
        deadlineBreached: false,
        waitingOn: 'officer',
        crisis: false,
        noodstopActive: false,
        startedAt: '2026-11-23T09:00:00.000Z',
        running: true,
      },
    ];
    const res = await h.inject({
      method: 'GET',
      url: '/api/v1/cases?phase=aanmelding&breached=false&officer=medewerker-001',
      headers: officer,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect(h.listCalls).toEqual([
      {
        gemeente: 'GM0599',
        officerId: 'medewerker-001',
        phase: 'aanmelding',
        breached: false,
        waitingOn: undefined,
        limit: 100,
      },
    ]);
  });

  it('names a bad filter', async () => {
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases?phase=klaar', headers: officer }),
      400,
      'phase',
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases?breached=ja', headers: officer }),
      400,
      'breached',
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases?limit=0', headers: officer }),
      400,
      'limit',
    );
  });

  it('keeps an officer to the own gemeente and refuses the waarborgfonds and creditors', async () => {
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases?gemeente=GM0363', headers: officer }),
      403,
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases', headers: bearer(TOKENS.waarborgfonds) }),
      403,
    );
    const creditor = await creditorToken(h, ROTTERDAM_REF, 'belastingdienst');
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/cases', headers: bearer(creditor) }), 403);
    expect(h.listCalls).toHaveLength(0);
  });

  it('lets a supervisor without a gemeente filter on any gemeente', async () => {
    const res = await h.inject({
      method: 'GET',
      url: '/api/v1/cases?gemeente=0363',
      headers: bearer(TOKENS.nationalSupervisor),
    });
    expect(res.statusCode).toBe(200);
    expect(h.listCalls[0]!.gemeente).toBe('GM0363');
  });
});

describe('GET /api/v1/cases/{caseId}, /timeline, /creditors/{creditorId}', () => {
  it('reads the case, its timeline and one creditor track', async () => {
    const status = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${ROTTERDAM_CASE}`,
      headers: officer,
    });
    expect(status.statusCode).toBe(200);
    expect(status.json().deadlines[0].source).toBe('Wgs art. 4 lid 1; Atw');
    const timeline = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/timeline`,
      headers: officer,
    });
    expect(timeline.json()[0].action).toBe('aanmelding');
    const track = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/creditors/belastingdienst`,
      headers: bearer(TOKENS.supervisor),
    });
    expect(track.statusCode).toBe(200);
    expect(track.json().creditorId).toBe('belastingdienst');
  });

  it('answers 404 for an unknown case or creditor, 400 for a malformed id', async () => {
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases/case-GM0599-2099-9999', headers: officer }),
      404,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/creditors/eneco`,
        headers: officer,
      }),
      404,
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases/zaak-1', headers: officer }),
      400,
      'caseId',
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/creditors/%20x`,
        headers: officer,
      }),
      400,
      'creditorId',
    );
  });

  it("refuses another gemeente's case without saying whether it exists", async () => {
    const other = bearer(TOKENS.otherOfficer);
    expectProblem(
      await h.inject({ method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}`, headers: other }),
      403,
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases/case-GM0599-2099-9999', headers: other }),
      403,
    );
    expectProblem(
      await h.inject({ method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/timeline`, headers: other }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/creditors/belastingdienst`,
        headers: other,
      }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${AMSTERDAM_CASE}`,
        headers: bearer(TOKENS.supervisor),
      }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}`,
        headers: bearer(TOKENS.waarborgfonds),
      }),
      403,
    );
  });

  it('refuses a creditor session on officer routes, even for its own case', async () => {
    const creditor = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    expectProblem(
      await h.inject({ method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}`, headers: creditor }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/creditors/belastingdienst`,
        headers: creditor,
      }),
      403,
    );
  });
});

describe('GET /api/v1/cases/{caseId}/letters/{letterId}/pdf', () => {
  const letterId = `${ROTTERDAM_REF}.ontvangstbevestiging.resident.1`;
  beforeEach(() => {
    h.cases.cases.get(ROTTERDAM_CASE)!.letters.push({
      letterId,
      kind: 'ontvangstbevestiging',
      recipient: 'resident',
      on: '2026-11-23' as never,
      sha256: 'b'.repeat(64),
    });
    h.letters.set(letterId, {
      entry: { letterId } as never,
      pdf: Buffer.from('%PDF-1.7 resident letter'),
    });
  });

  it('downloads a letter of the case', async () => {
    const res = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/letters/${letterId}/pdf`,
      headers: officer,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body).toContain('%PDF');
  });

  it('does not hand out a letter of another case through this case (404), nor to another gemeente (403)', async () => {
    h.cases.cases.get(AMSTERDAM_CASE)!.letters.push({ letterId: 'GM0363-2026-0001.x.resident.1' } as never);
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/letters/GM0363-2026-0001.x.resident.1/pdf`,
        headers: officer,
      }),
      404,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/letters/${letterId}/pdf`,
        headers: bearer(TOKENS.otherOfficer),
      }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/letters/..%2Fetc/pdf`,
        headers: officer,
      }),
      400,
      'letterId',
    );
  });
});

describe('POST /api/v1/cases/{caseId}/actions/{action}', () => {
  it('executes the action as the officer from the token (officerId in the body is ignored)', async () => {
    const res = await h.inject({
      method: 'POST',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/eerste-gesprek`,
      headers: bearer(TOKENS.officer2),
      payload: { date: '2026-12-01', officerId: 'someone-else' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().phase).toBe('beschikking');
    expect(h.cases.calls.at(-1)).toEqual({
      method: 'act',
      args: [ROTTERDAM_CASE, 'eerste-gesprek', 'medewerker-002', { date: '2026-12-01' }],
    });
  });

  it('names the bad field of a nested body', async () => {
    const res = await h.inject({
      method: 'POST',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/plan-eerste-gesprek`,
      headers: officer,
      payload: { appointment: { date: '2026-12-03', time: '9.30', location: 'Stadhuis' } },
    });
    const problem = expectProblem(res, 400, 'appointment.time');
    expect(problem['invalid-params']![0]!.reason).toMatch(/09:30/);
    expect(h.cases.calls).toHaveLength(0);
  });

  it('turns a workflow rejection into 409 with the Dutch reason', async () => {
    h.cases.rejectNext = 'Het eerste gesprek is al vastgelegd.';
    const res = await h.inject({
      method: 'POST',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/eerste-gesprek`,
      headers: officer,
      payload: { date: '2026-12-01' },
    });
    expect(expectProblem(res, 409).detail).toBe('Het eerste gesprek is al vastgelegd.');
  });

  it('answers 404 for an unknown action or case', async () => {
    expectProblem(
      await h.inject({
        method: 'POST',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/opheffen`,
        headers: officer,
        payload: {},
      }),
      404,
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/cases/case-GM0599-2099-9999/actions/eerste-gesprek',
        headers: officer,
        payload: { date: '2026-12-01' },
      }),
      404,
    );
  });

  it('lets no officer of another gemeente, no supervisor and no creditor act', async () => {
    const url = `/api/v1/cases/${ROTTERDAM_CASE}/actions/eerste-gesprek`;
    const payload = { date: '2026-12-01' };
    expectProblem(
      await h.inject({ method: 'POST', url, headers: bearer(TOKENS.otherOfficer), payload }),
      403,
    );
    expectProblem(await h.inject({ method: 'POST', url, headers: bearer(TOKENS.supervisor), payload }), 403);
    const creditor = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    expectProblem(await h.inject({ method: 'POST', url, headers: creditor, payload }), 403);
    expect(h.cases.calls).toHaveLength(0);
  });
});

describe('POST /api/v1/cases/{caseId}/creditors/{creditorId}/answers/{answer} (paper answer)', () => {
  const url = `/api/v1/cases/${ROTTERDAM_CASE}/creditors/belastingdienst/answers/saldo-opgave`;

  it('records the answer on the creditor track', async () => {
    const res = await h.inject({
      method: 'POST',
      url,
      headers: officer,
      payload: { amount: 125000, reference: 'BD-1' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phase: 'beantwoord', claimAmount: 125000 });
    // The officer from the token is recorded as the one who typed the paper answer in (issue 12 §4.8).
    expect(h.cases.calls.at(-1)?.args[4]).toEqual({ officerId: 'medewerker-001' });
  });

  it('takes the breakdown: hoofdsom 1.000,00 + rente 150,00 + kosten 100,00 = 1.250,00, kenmerk optional', async () => {
    const res = await h.inject({
      method: 'POST',
      url,
      headers: officer,
      payload: {
        hoofdsom: 100000,
        rente: 15000,
        kosten: 10000,
        datumOntstaan: '2025-02-03',
        beslag: [{ soort: 'loonbeslag' }],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ claimAmount: 125000 });
  });

  it('names a breakdown that does not add up', async () => {
    const res = await h.inject({
      method: 'POST',
      url,
      headers: officer,
      payload: { hoofdsom: 100000, kosten: 1, amount: 100000 },
    });
    expectProblem(res, 400, 'amount');
  });

  it('names a bad amount', async () => {
    const res = await h.inject({
      method: 'POST',
      url,
      headers: officer,
      payload: { amount: 12.5, reference: 'BD-1' },
    });
    expectProblem(res, 400, 'amount');
  });

  it('refuses another gemeente and the supervisor', async () => {
    const payload = { amount: 125000, reference: 'BD-1' };
    expectProblem(
      await h.inject({ method: 'POST', url, headers: bearer(TOKENS.otherOfficer), payload }),
      403,
    );
    expectProblem(await h.inject({ method: 'POST', url, headers: bearer(TOKENS.supervisor), payload }), 403);
    expect(h.cases.calls).toHaveLength(0);
  });

  it('409 when the track refuses', async () => {
    h.cases.rejectNext = 'Deze schuldeiser heeft al geantwoord.';
    const res = await h.inject({
      method: 'POST',
      url,
      headers: officer,
      payload: { amount: 1, reference: 'x' },
    });
    expect(expectProblem(res, 409).detail).toBe('Deze schuldeiser heeft al geantwoord.');
  });
});

describe('GET /api/v1/session', () => {
  it('says who the token belongs to', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/v1/session', headers: officer });
    expect(res.json()).toEqual({
      kind: 'staff',
      role: 'officer',
      officerId: 'medewerker-001',
      gemeenteCode: 'GM0599',
    });
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/session' }), 401);
  });
});

describe('unknown routes', () => {
  it('are problem+json 404s; there is no trailing-slash twin', async () => {
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/zaken' }), 404);
    expectProblem(
      await h.inject({ method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/`, headers: officer }),
      404,
    );
  });
});
