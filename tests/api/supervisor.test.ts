import {
  AMSTERDAM_CASE,
  bearer,
  creditorToken,
  expectProblem,
  harness,
  NOW,
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
});
afterEach(() => h.close());

const supervisor = bearer(TOKENS.supervisor);

describe('GET /api/v1/supervisor/attention', () => {
  it('lists what needs attention for the own gemeente, with today in Amsterdam and a link per case', async () => {
    h.attentionItems = [
      {
        caseId: ROTTERDAM_CASE,
        caseReference: ROTTERDAM_REF,
        gemeente: 'GM0599',
        officerId: 'medewerker-001',
        phase: 'aanmelding',
        reasons: [
          { code: 'termijn-overschreden', message: 'Termijn overschreden: verliep op 21 december 2026.' },
        ],
        urgency: 1001,
        workflowId: ROTTERDAM_CASE,
        temporalUiUrl: `http://localhost:8233/namespaces/schuldhulp/workflows/${ROTTERDAM_CASE}`,
      },
    ];
    const res = await h.inject({
      method: 'GET',
      url: '/api/v1/supervisor/attention?officer=medewerker-001&phase=aanmelding',
      headers: supervisor,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().today).toBe('2026-12-01');
    // A list this small is read anew for the request: it is as of now.
    expect(res.json().asOf).toBe(NOW.toISOString());
    expect(res.json().items[0]).toMatchObject({ href: `/api/v1/cases/${ROTTERDAM_CASE}`, urgency: 1001 });
    expect(h.attentionCalls).toEqual([
      {
        filter: { gemeente: 'GM0599', officerId: 'medewerker-001', phase: 'aanmelding' },
        today: '2026-12-01',
      },
    ]);
  });

  it('pages the list, most urgent first, with the total and the totals per reason over all pages', async () => {
    const item = (n: number, codes: ('termijn-overschreden' | 'activiteit-faalt')[]) => ({
      caseId: `case-GM0599-2026-${String(n).padStart(4, '0')}`,
      caseReference: `GM0599-2026-${String(n).padStart(4, '0')}`,
      gemeente: 'GM0599',
      reasons: codes.map((code) => ({ code, message: code })),
      urgency: 2000 - n,
      workflowId: `case-GM0599-2026-${String(n).padStart(4, '0')}`,
      temporalUiUrl: 'http://localhost:8233/x',
    });
    // Five cases: three breached (one of them also failing), two failing.
    h.attentionItems = [
      item(1, ['termijn-overschreden', 'activiteit-faalt']),
      item(2, ['termijn-overschreden']),
      item(3, ['termijn-overschreden']),
      item(4, ['activiteit-faalt']),
      item(5, ['activiteit-faalt']),
    ];
    const page = async (q: string) =>
      (await h.inject({ method: 'GET', url: `/api/v1/supervisor/attention?${q}`, headers: supervisor })).json();
    const second = await page('pageSize=2&page=2');
    expect(second.items.map((i: { caseId: string }) => i.caseId)).toEqual(['case-GM0599-2026-0003', 'case-GM0599-2026-0004']);
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.totals).toEqual({
      'termijn-overschreden': 3,
      'workflowtaak-faalt': 0,
      'activiteit-faalt': 3,
      'termijn-nadert': 0,
      'geen-voortgang': 0,
      'wacht-lang-op-schuldeiser': 0,
    });
    expect((await page('pageSize=2&page=4')).items).toEqual([]);
    expect((await page('')).pageSize).toBe(200);
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/supervisor/attention?pageSize=5000', headers: supervisor }),
      400,
    );
  });

  it('names a bad filter', async () => {
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/supervisor/attention?phase=x', headers: supervisor }),
      400,
      'phase',
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: '/api/v1/supervisor/attention?gemeente=Rotterdam',
        headers: supervisor,
      }),
      400,
      'gemeente',
    );
  });

  it('refuses officers, creditors, another gemeente', async () => {
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/supervisor/attention', headers: bearer(TOKENS.officer) }),
      403,
    );
    const creditor = bearer(await creditorToken(h, ROTTERDAM_REF, 'belastingdienst'));
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/supervisor/attention', headers: creditor }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'GET',
        url: '/api/v1/supervisor/attention?gemeente=GM0363',
        headers: supervisor,
      }),
      403,
    );
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/supervisor/attention' }), 401);
    expect(h.attentionCalls).toHaveLength(0);
  });
});

describe('POST /api/v1/supervisor/cases/{caseId}/reminders', () => {
  const url = `/api/v1/supervisor/cases/${ROTTERDAM_CASE}/reminders`;

  it('sends the case officer a reminder once per minute (a double click is one reminder)', async () => {
    const first = await h.inject({ method: 'POST', url, headers: supervisor, payload: {} });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      caseId: ROTTERDAM_CASE,
      officerId: 'medewerker-001',
      created: true,
    });
    const again = await h.inject({
      method: 'POST',
      url,
      headers: supervisor,
      payload: { message: 'Graag vandaag bellen.' },
    });
    expect(again.statusCode).toBe(200);
    expect(h.notifications).toHaveLength(1);
    expect(h.notifications[0]).toMatchObject({
      audience: 'officer',
      kind: 'officer-task',
      caseId: ROTTERDAM_CASE,
      gemeente: 'GM0599',
      officerId: 'medewerker-001',
    });
    expect(h.notifications[0]!.message).toContain(ROTTERDAM_REF);
  });

  it('works without a body', async () => {
    const res = await h.inject({ method: 'POST', url, headers: supervisor });
    expect(res.statusCode).toBe(201);
  });

  it('names a too long message; 404 for an unknown case', async () => {
    expectProblem(
      await h.inject({ method: 'POST', url, headers: supervisor, payload: { message: 'x'.repeat(301) } }),
      400,
      'message',
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/supervisor/cases/case-GM0599-2099-0001/reminders',
        headers: supervisor,
        payload: {},
      }),
      404,
    );
  });

  it("refuses officers and another gemeente's case", async () => {
    expectProblem(await h.inject({ method: 'POST', url, headers: bearer(TOKENS.officer), payload: {} }), 403);
    expectProblem(
      await h.inject({
        method: 'POST',
        url: `/api/v1/supervisor/cases/${AMSTERDAM_CASE}/reminders`,
        headers: supervisor,
        payload: {},
      }),
      403,
    );
    expect(h.notifications).toHaveLength(0);
  });
});
