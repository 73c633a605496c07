import { OFFICER_OPLOSSING_ACTIONS } from '../../api/oplossing/bodies';
import { awaitBorgstelling, oplossingOf } from './oplossing-fakes';
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

/** The oplossing routes: officer, creditor and waarborgfonds, over the real OplossingService. */

let h: Harness;
const OTHER_ROTTERDAM = 'case-GM0599-2026-0002';

beforeEach(async () => {
  h = await harness();
  h.oplossing.statuses.set(ROTTERDAM_CASE, oplossingOf(ROTTERDAM_CASE, 'GM0599'));
  h.oplossing.statuses.set(AMSTERDAM_CASE, oplossingOf(AMSTERDAM_CASE, 'GM0363'));
});
afterEach(() => h.close());

const officer = bearer(TOKENS.officer);
const base = `/api/v1/cases/${ROTTERDAM_CASE}/oplossing`;

describe('GET /api/v1/cases/{caseId}/oplossing and /timeline', () => {
  it('shows the officer and the supervisor the whole oplossing', async () => {
    for (const token of [TOKENS.officer, TOKENS.supervisor, TOKENS.nationalSupervisor]) {
      const res = await h.inject({ method: 'GET', url: base, headers: bearer(token) });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ phase: 'betaalvoorstel', form: 'saneringskrediet' });
      expect(res.json().creditors.map((c: { creditorId: string }) => c.creditorId)).toEqual([
        'belastingdienst',
        'eneco',
      ]);
    }
    const timeline = await h.inject({ method: 'GET', url: `${base}/timeline`, headers: officer });
    expect(timeline.statusCode).toBe(200);
    expect(timeline.json()[0].action).toBe('oplossing begonnen');
  });

  it('says in Dutch that a case has no oplossing yet (404), and names a malformed case id (400)', async () => {
    const res = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${OTHER_ROTTERDAM}/oplossing`,
      headers: officer,
    });
    expect(expectProblem(res, 404).detail).toMatch(/heeft \(nog\) geen schuldregeling/);
    const timeline = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${OTHER_ROTTERDAM}/oplossing/timeline`,
      headers: officer,
    });
    expectProblem(timeline, 404);
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/cases/zaak-1/oplossing', headers: officer }),
      400,
      'caseId',
    );
  });

  it('refuses another gemeente, the waarborgfonds, a creditor and no token', async () => {
    const amsterdam = `/api/v1/cases/${AMSTERDAM_CASE}/oplossing`;
    expectProblem(await h.inject({ method: 'GET', url: amsterdam, headers: officer }), 403);
    expectProblem(await h.inject({ method: 'GET', url: amsterdam, headers: bearer(TOKENS.supervisor) }), 403);
    expectProblem(await h.inject({ method: 'GET', url: base, headers: bearer(TOKENS.waarborgfonds) }), 403);
    const creditor = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    expectProblem(await h.inject({ method: 'GET', url: base, headers: bearer(creditor) }), 403);
    expectProblem(await h.inject({ method: 'GET', url: base }), 401);
  });
});

describe('POST /api/v1/cases/{caseId}/oplossing/actions/{action}', () => {
  it('has a route for every officer action of the oplossing, and none for the others', () => {
    expect(OFFICER_OPLOSSING_ACTIONS.sort()).toEqual(
      [
        'betaling',
        'borgstelling-vervolg',
        'dwangakkoord-uitspraak',
        'dwangakkoord-verzoek',
        'dwangakkoord-zitting',
        'oplossing-start',
        'regeling-beeindigen',
        'wsnp-verklaring',
      ].sort(),
    );
  });

  it('acts as the officer from the token (officerId in the body is ignored)', async () => {
    h.oplossing.statuses.get(ROTTERDAM_CASE)!.phase = 'voorbereiding';
    const res = await h.inject({
      method: 'POST',
      url: `${base}/actions/oplossing-start`,
      headers: officer,
      payload: {
        officerId: 'iemand-anders',
        afloscapaciteitPerMonth: 15_000,
        vtlbBasis: 'VTLB november',
        form: 'betalingsregeling',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().phase).toBe('betaalvoorstel');
    expect(h.oplossing.updates).toEqual([
      {
        caseId: ROTTERDAM_CASE,
        name: 'oplossing-start',
        input: expect.objectContaining({
          officerId: 'medewerker-001',
          form: 'betalingsregeling',
          waarborgfonds: true,
        }),
      },
    ]);
  });

  it('names the bad field (also one from a refinement across fields) and never calls the workflow', async () => {
    const missing = await h.inject({
      method: 'POST',
      url: `${base}/actions/oplossing-start`,
      headers: officer,
      payload: { afloscapaciteitPerMonth: 15_000, vtlbBasis: 'VTLB', form: 'saneringskrediet' },
    });
    expect(expectProblem(missing, 400, 'kredietbank')['invalid-params']![0]!.reason).toMatch(
      /de kredietbank verplicht/,
    );
    const amount = await h.inject({
      method: 'POST',
      url: `${base}/actions/betaling`,
      headers: officer,
      payload: { date: '2026-12-01', amount: 12.5 },
    });
    expectProblem(amount, 400, 'amount');
    const date = await h.inject({
      method: 'POST',
      url: `${base}/actions/dwangakkoord-verzoek`,
      headers: officer,
      payload: { creditorId: 'eneco', date: '1 december' },
    });
    expectProblem(date, 400, 'date');
    const grounds = await h.inject({
      method: 'POST',
      url: `${base}/actions/regeling-beeindigen`,
      headers: officer,
      payload: { date: '2026-12-01', reason: 'niet-nagekomen', grounds: [], admissionDate: '2026-06-01' },
    });
    expectProblem(grounds, 400, 'grounds');
    expect(h.oplossing.updates).toHaveLength(0);
  });

  it('turns a refusal of the workflow into 409 with its Dutch reason', async () => {
    h.oplossing.rejectNext = 'Niet mogelijk in fase betaalvoorstel; deze actie hoort bij fase looptijd.';
    const res = await h.inject({
      method: 'POST',
      url: `${base}/actions/betaling`,
      headers: officer,
      payload: { date: '2026-12-01', amount: 15_000 },
    });
    expect(expectProblem(res, 409).detail).toBe(
      'Niet mogelijk in fase betaalvoorstel; deze actie hoort bij fase looptijd.',
    );
  });

  it('404 when the case has no oplossing; 403 for another gemeente, a supervisor, the waarborgfonds, a creditor', async () => {
    const body = { date: '2026-12-01', reason: 'Geen regeling mogelijk' };
    expectProblem(
      await h.inject({
        method: 'POST',
        url: `/api/v1/cases/${OTHER_ROTTERDAM}/oplossing/actions/wsnp-verklaring`,
        headers: officer,
        payload: body,
      }),
      404,
    );
    const url = `${base}/actions/wsnp-verklaring`;
    for (const headers of [bearer(TOKENS.supervisor), bearer(TOKENS.waarborgfonds)]) {
      expectProblem(await h.inject({ method: 'POST', url, headers, payload: body }), 403);
    }
    expectProblem(
      await h.inject({
        method: 'POST',
        url: `/api/v1/cases/${AMSTERDAM_CASE}/oplossing/actions/wsnp-verklaring`,
        headers: officer,
        payload: body,
      }),
      403,
    );
    const creditor = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    expectProblem(await h.inject({ method: 'POST', url, headers: bearer(creditor), payload: body }), 403);
    expect(h.oplossing.updates).toHaveLength(0);
    // Creditor answers and the fund's decision are no officer actions.
    expectProblem(
      await h.inject({
        method: 'POST',
        url: `${base}/actions/voorstel-akkoord`,
        headers: officer,
        payload: {},
      }),
      404,
    );
  });
});

describe('GET /api/v1/creditor/oplossing', () => {
  it('shows the creditor its own offer, the answer expected and its deadline, and nothing of the other creditors', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    const res = await h.inject({ method: 'GET', url: '/api/v1/creditor/oplossing', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      caseReference: ROTTERDAM_REF,
      creditorId: 'eneco',
      claimCents: 300_000,
      offerCents: 120_000,
      percentageBasisPoints: 4000,
      looptijdMonths: 18,
      expectedAnswer: 'voorstel',
      answerDeadline: '2026-12-14',
      creditorCount: 2,
      form: 'saneringskrediet',
    });
    expect(res.body).not.toContain('belastingdienst');
    expect(res.json().creditors).toBeUndefined();
  });

  it('404 when the case has no oplossing yet or the creditor is not in it; 403 for staff', async () => {
    const otherCase = await creditorToken(h, 'GM0599-2026-0002', 'eneco');
    const none = await h.inject({
      method: 'GET',
      url: '/api/v1/creditor/oplossing',
      headers: bearer(otherCase),
    });
    expect(expectProblem(none, 404).detail).toMatch(/geen schuldregeling/);
    const stranger = await creditorToken(h, ROTTERDAM_REF, 'vattenfall');
    const notIn = await h.inject({
      method: 'GET',
      url: '/api/v1/creditor/oplossing',
      headers: bearer(stranger),
    });
    expect(expectProblem(notIn, 404).detail).toMatch(/niet in de schuldregeling/);
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/creditor/oplossing', headers: officer }),
      403,
    );
  });
});

describe('POST /api/v1/creditor/oplossing/answers/{answer}', () => {
  it('records akkoord for the creditor of the session, whatever creditorId the body names', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor/oplossing/answers/voorstel-akkoord',
      headers: bearer(token),
      payload: { creditorId: 'belastingdienst' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ creditorId: 'eneco', stage: 'akkoord' });
    expect(res.json().expectedAnswer).toBeUndefined();
    expect(h.oplossing.updates).toEqual([
      { caseId: ROTTERDAM_CASE, name: 'voorstel-akkoord', input: { creditorId: 'eneco' } },
    ]);
    const other = h.oplossing.statuses
      .get(ROTTERDAM_CASE)!
      .creditors.find((c) => c.creditorId === 'belastingdienst');
    expect(other!.stage).toBe('voorgesteld');
  });

  it('answers without a body too (akkoord needs nothing)', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor/oplossing/answers/voorstel-akkoord',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(res.statusCode).toBe(200);
  });

  it('records an afwijzing with its reason; a missing reason is named', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    const url = '/api/v1/creditor/oplossing/answers/voorstel-afwijzing';
    expectProblem(
      await h.inject({ method: 'POST', url, headers: bearer(token), payload: {} }),
      400,
      'reason',
    );
    expectProblem(
      await h.inject({ method: 'POST', url, headers: bearer(token), payload: { reason: 'x'.repeat(301) } }),
      400,
      'reason',
    );
    const res = await h.inject({
      method: 'POST',
      url,
      headers: bearer(token),
      payload: { reason: 'Percentage te laag' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      stage: 'heroverweging',
      expectedAnswer: 'heroverweging',
      rejections: [{ reason: 'Percentage te laag' }],
    });
  });

  it('grants finale kwijting dated today unless a date is given; a bad date is named', async () => {
    const status = h.oplossing.statuses.get(ROTTERDAM_CASE)!;
    status.phase = 'finale-kwijting';
    status.creditors[1]!.kwijting = { askedOn: '2026-11-25' as never, answerBefore: '2026-12-09' as never };
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    const url = '/api/v1/creditor/oplossing/answers/finale-kwijting';
    const view = await h.inject({ method: 'GET', url: '/api/v1/creditor/oplossing', headers: bearer(token) });
    expect(view.json()).toMatchObject({ expectedAnswer: 'finale-kwijting', answerDeadline: '2026-12-09' });
    expectProblem(
      await h.inject({ method: 'POST', url, headers: bearer(token), payload: { date: '2026-13-01' } }),
      400,
      'date',
    );
    const res = await h.inject({ method: 'POST', url, headers: bearer(token), payload: {} });
    expect(res.statusCode).toBe(200);
    expect(res.json().kwijting.grantedOn).toBe('2026-12-01');
    expect(h.oplossing.updates.at(-1)!.input).toEqual({ creditorId: 'eneco', date: '2026-12-01' });
  });

  it('409 with the reason when the workflow refuses; 404 for a creditor of a case without oplossing', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    h.oplossing.rejectNext = 'Akkoord is niet mogelijk: schuldeiser eneco staat op akkoord.';
    const res = await h.inject({
      method: 'POST',
      url: '/api/v1/creditor/oplossing/answers/voorstel-akkoord',
      headers: bearer(token),
      payload: {},
    });
    expect(expectProblem(res, 409).detail).toMatch(/staat op akkoord/);
    const otherCase = await creditorToken(h, 'GM0599-2026-0002', 'eneco');
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/creditor/oplossing/answers/voorstel-akkoord',
        headers: bearer(otherCase),
        payload: {},
      }),
      404,
    );
  });

  it('refuses staff tokens (403): only the creditor itself answers here', async () => {
    for (const token of [TOKENS.officer, TOKENS.supervisor, TOKENS.waarborgfonds]) {
      expectProblem(
        await h.inject({
          method: 'POST',
          url: '/api/v1/creditor/oplossing/answers/voorstel-akkoord',
          headers: bearer(token),
          payload: {},
        }),
        403,
      );
    }
  });
});

describe('the waarborgfonds: GET /api/v1/waarborgfonds/borgstellingen and POST .../borgstelling-besluit', () => {
  const fund = bearer(TOKENS.waarborgfonds);
  beforeEach(() => {
    for (const status of h.oplossing.statuses.values()) {
      awaitBorgstelling(status);
    }
    // One already decided: not on the list.
    h.oplossing.statuses.set(
      OTHER_ROTTERDAM,
      oplossingOf(OTHER_ROTTERDAM, 'GM0599', {
        phase: 'looptijd',
        borgstelling: {
          requestedOn: '2026-11-01' as never,
          loanCents: 400_000,
          premiumCents: 4_000,
          automatic: true,
          decidedOn: '2026-11-01' as never,
          granted: true,
          by: 'automatisch',
        },
      }),
    );
  });

  it('lists the requests waiting for a decision, across gemeenten, with amounts and no personal data', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/v1/waarborgfonds/borgstellingen', headers: fund });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { caseId: string }[];
    expect(items.map((i) => i.caseId).sort()).toEqual([AMSTERDAM_CASE, ROTTERDAM_CASE].sort());
    expect(items[0]).toMatchObject({
      loanCents: 640_000,
      premiumCents: 6_400,
      kredietbank: 'Kredietbank Rijnmond',
      looptijdMonths: 18,
      creditorCount: 2,
      decisionBefore: '2026-12-12',
    });
    expect(res.body).not.toMatch(/Schuldeiser |belastingdienst|eneco/);
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/waarborgfonds/borgstellingen?limit=0', headers: fund }),
      400,
      'limit',
    );
  });

  it('is for the waarborgfonds only (officer, supervisor, creditor: 403)', async () => {
    const creditor = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    for (const token of [TOKENS.officer, TOKENS.supervisor, creditor]) {
      expectProblem(
        await h.inject({
          method: 'GET',
          url: '/api/v1/waarborgfonds/borgstellingen',
          headers: bearer(token),
        }),
        403,
      );
      expectProblem(
        await h.inject({
          method: 'POST',
          url: `${base}/borgstelling-besluit`,
          headers: bearer(token),
          payload: { by: 'WF-1', granted: true },
        }),
        403,
      );
    }
    expect(h.oplossing.updates).toHaveLength(0);
  });

  it('records the decision (dated today unless given) and returns the borgstelling', async () => {
    const res = await h.inject({
      method: 'POST',
      url: `${base}/borgstelling-besluit`,
      headers: fund,
      payload: { by: 'WF-2026-118', granted: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      caseId: ROTTERDAM_CASE,
      decidedOn: '2026-12-01',
      granted: true,
      by: 'WF-2026-118',
    });
    expect(h.oplossing.updates).toEqual([
      {
        caseId: ROTTERDAM_CASE,
        name: 'borgstelling-besluit',
        input: { by: 'WF-2026-118', granted: true, date: '2026-12-01' },
      },
    ]);
  });

  it('names bad fields; 409 with the reason on refusal; 404 for a case without oplossing', async () => {
    const url = `${base}/borgstelling-besluit`;
    const bad = await h.inject({ method: 'POST', url, headers: fund, payload: { granted: 'ja' } });
    const problem = expectProblem(bad, 400, 'granted');
    expect(problem['invalid-params']!.map((p) => p.name)).toContain('by');
    h.oplossing.rejectNext = 'Over deze borgstelling is al besloten (2026-11-30).';
    const refused = await h.inject({
      method: 'POST',
      url,
      headers: fund,
      payload: { by: 'WF-1', granted: false },
    });
    expect(expectProblem(refused, 409).detail).toMatch(/al besloten/);
    expectProblem(
      await h.inject({
        method: 'POST',
        url: '/api/v1/cases/case-GM0599-2026-0009/oplossing/borgstelling-besluit',
        headers: fund,
        payload: { by: 'WF-1', granted: true },
      }),
      404,
    );
  });
});

describe('GET /api/v1/cases/{caseId}/letters/{letterId}/pdf for letters of the schuldregeling', () => {
  const letterId = `${ROTTERDAM_REF}.betaalvoorstel.eneco.1`;
  beforeEach(() => {
    const caseStatus = statusOf(ROTTERDAM_CASE, 'GM0599', 'medewerker-001');
    caseStatus.phase = 'oplossing';
    h.cases.cases.set(ROTTERDAM_CASE, caseStatus);
    h.oplossing.statuses.get(ROTTERDAM_CASE)!.letters.push({
      letterId,
      kind: 'betaalvoorstel',
      recipient: 'eneco',
      on: '2026-11-30' as never,
      sha256: 'c'.repeat(64),
    });
    h.letters.set(letterId, { entry: { letterId } as never, pdf: Buffer.from('%PDF-1.7 betaalvoorstel') });
  });

  it('hands the officer a letter of the oplossing through its case', async () => {
    const res = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/letters/${letterId}/pdf`,
      headers: officer,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('betaalvoorstel');
  });

  it('still refuses a letter that belongs to neither (404)', async () => {
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/letters/${ROTTERDAM_REF}.betaalvoorstel.eneco.2/pdf`,
        headers: officer,
      }),
      404,
    );
  });
});

describe('POST /api/v1/cases/{caseId}/oplossing/creditors/{creditorId}/answers/{answer} (paper answer)', () => {
  const url = (creditorId: string, answer: string) => `${base}/creditors/${creditorId}/answers/${answer}`;

  it('records the answer for the creditor in the path, entered by the officer', async () => {
    const res = await h.inject({
      method: 'POST',
      url: url('eneco', 'voorstel-afwijzing'),
      headers: officer,
      payload: { reason: 'Per brief: percentage te laag', creditorId: 'belastingdienst' },
    });
    expect(res.statusCode).toBe(200);
    expect(h.oplossing.updates).toEqual([
      {
        caseId: ROTTERDAM_CASE,
        name: 'voorstel-afwijzing',
        input: { creditorId: 'eneco', reason: 'Per brief: percentage te laag' },
      },
    ]);
  });

  it('names a missing reason and a malformed creditor id; 409 with the reason on refusal', async () => {
    expectProblem(
      await h.inject({
        method: 'POST',
        url: url('eneco', 'voorstel-afwijzing'),
        headers: officer,
        payload: {},
      }),
      400,
      'reason',
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url: url('en eco', 'voorstel-akkoord'),
        headers: officer,
        payload: {},
      }),
      400,
      'creditorId',
    );
    h.oplossing.rejectNext = 'Schuldeiser vattenfall is niet bekend in deze schuldregeling.';
    const refused = await h.inject({
      method: 'POST',
      url: url('vattenfall', 'voorstel-akkoord'),
      headers: officer,
      payload: {},
    });
    expect(expectProblem(refused, 409).detail).toMatch(/niet bekend/);
  });

  it('is for the officer of the gemeente only', async () => {
    for (const token of [TOKENS.supervisor, TOKENS.waarborgfonds, TOKENS.otherOfficer]) {
      expectProblem(
        await h.inject({
          method: 'POST',
          url: url('eneco', 'voorstel-akkoord'),
          headers: bearer(token),
          payload: {},
        }),
        403,
      );
    }
    const creditor = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    expectProblem(
      await h.inject({
        method: 'POST',
        url: url('eneco', 'voorstel-akkoord'),
        headers: bearer(creditor),
        payload: {},
      }),
      403,
    );
    expect(h.oplossing.updates).toHaveLength(0);
  });
});
