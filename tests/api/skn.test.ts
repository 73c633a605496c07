import { oplossingOf } from './oplossing-fakes';
import { placeSknLetter, sknHarness, SKN_TOKENS, type SknHarness } from './skn-fakes';
import {
  AMSTERDAM_CASE,
  bearer,
  creditorToken,
  expectProblem,
  NOW,
  ROTTERDAM_CASE,
  ROTTERDAM_REF,
  statusOf,
  TOKENS,
} from './support';

/** The SKN-vocabulary creditor API (api/skn/) over the fakes of tests/api. */

let h: SknHarness;
const AMSTERDAM_REF = 'GM0363-2026-0001';
const OTHER_REF = 'GM0599-2026-0002';
const OTHER_CASE = `case-${OTHER_REF}`;
const bd = bearer(SKN_TOKENS.belastingdienst);

beforeEach(async () => {
  h = await sknHarness();
  for (const [caseId, g] of [
    [ROTTERDAM_CASE, 'GM0599'],
    [AMSTERDAM_CASE, 'GM0363'],
    [OTHER_CASE, 'GM0599'],
  ] as const) {
    h.cases.cases.set(caseId, statusOf(caseId, g, 'medewerker-001'));
    h.cases.addTrack(caseId, 'belastingdienst');
    h.cases.addTrack(caseId, 'eneco');
  }
  placeSknLetter(h, ROTTERDAM_REF, 'belastingdienst', 'kennisgeving', '2026-11-30T09:00:00.000Z');
  placeSknLetter(h, ROTTERDAM_REF, 'belastingdienst', 'saldoverzoek', '2026-11-30T09:00:01.000Z');
  placeSknLetter(h, ROTTERDAM_REF, 'belastingdienst', 'noodstop', '2026-11-30T09:00:02.000Z');
  placeSknLetter(h, ROTTERDAM_REF, 'eneco', 'saldoverzoek');
  placeSknLetter(h, AMSTERDAM_REF, 'belastingdienst', 'saldoverzoek');
});
afterEach(() => h.close());

const answerCalls = () => h.cases.calls.filter((c) => c.method === 'answer');

describe('GET /api/v1/skn/berichten', () => {
  it('lists only the messages to this credential’s creditor in its gemeenten, under the SKN names', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/v1/skn/berichten', headers: bd });
    expect(res.statusCode).toBe(200);
    expect(res.json().berichten).toEqual([
      expect.objectContaining({
        berichtType: 'Kennisgeving',
        zaakkenmerk: ROTTERDAM_REF,
        schuldeiser: 'belastingdienst',
      }),
      expect.objectContaining({
        berichtId: `${ROTTERDAM_REF}.saldoverzoek.belastingdienst.1`,
        berichtType: 'Saldoverzoek',
        antwoord: 'SaldoverzoekAntwoord',
        kenmerk: `${ROTTERDAM_REF} / saldoverzoek.belastingdienst.1`,
        // Placed Monday 30 Nov 2026: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7 Dec.
        ophalenUiterlijk: '2026-12-07',
      }),
    ]);
    expect(res.json().aantal).toBe(2);
    // Listing is not fetching.
    expect(h.fetchLog.fetches).toEqual([]);
  });

  it('filters on type and on not yet fetched', async () => {
    const id = `${ROTTERDAM_REF}.kennisgeving.belastingdienst.1`;
    await h.inject({ method: 'GET', url: `/api/v1/skn/berichten/${id}`, headers: bd });
    const open = await h.inject({
      method: 'GET',
      url: '/api/v1/skn/berichten?nietOpgehaald=true',
      headers: bd,
    });
    expect(open.json().berichten.map((b: { berichtType: string }) => b.berichtType)).toEqual([
      'Saldoverzoek',
    ]);
    const typed = await h.inject({
      method: 'GET',
      url: '/api/v1/skn/berichten?type=Kennisgeving',
      headers: bd,
    });
    expect(typed.json().berichten).toEqual([
      expect.objectContaining({ berichtId: id, opgehaaldOp: NOW.toISOString() }),
    ]);
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/skn/berichten?type=Brief', headers: bd }),
      400,
      'type',
    );
  });

  it('a credential for two creditors and two gemeenten sees all of theirs', async () => {
    const res = await h.inject({
      method: 'GET',
      url: '/api/v1/skn/berichten',
      headers: bearer(SKN_TOKENS.both),
    });
    expect(res.json().aantal).toBe(4);
  });
});

describe('fetching a message', () => {
  const id = `${ROTTERDAM_REF}.saldoverzoek.belastingdienst.1`;

  it('records when and with which credential, for the message and for its PDF', async () => {
    const res = await h.inject({ method: 'GET', url: `/api/v1/skn/berichten/${id}`, headers: bd });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ berichtId: id, opgehaaldOp: NOW.toISOString() });
    const pdf = await h.inject({ method: 'GET', url: `/api/v1/skn/berichten/${id}/pdf`, headers: bd });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body).toContain(id);
    expect(h.fetchLog.fetches).toEqual([
      { letterId: id, credentialId: 'skn-belastingdienst', at: NOW.toISOString() },
      { letterId: id, credentialId: 'skn-belastingdienst', at: NOW.toISOString() },
    ]);
  });

  it('another creditor’s message, one outside the gemeenten or the vocabulary is not found', async () => {
    for (const other of [
      `${ROTTERDAM_REF}.saldoverzoek.eneco.1`,
      `${AMSTERDAM_REF}.saldoverzoek.belastingdienst.1`,
      `${ROTTERDAM_REF}.noodstop.belastingdienst.1`,
      'nergens.saldoverzoek.belastingdienst.1',
    ]) {
      const res = await h.inject({ method: 'GET', url: `/api/v1/skn/berichten/${other}`, headers: bd });
      expect(expectProblem(res, 404).detail).toBe('Dit bericht bestaat niet of is niet aan u gericht.');
      expectProblem(
        await h.inject({ method: 'GET', url: `/api/v1/skn/berichten/${other}/pdf`, headers: bd }),
        404,
      );
    }
    expect(h.fetchLog.fetches).toEqual([]);
  });
});

describe('credentials', () => {
  it('refuses no, an unknown and an expired credential with 401', async () => {
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/skn/berichten' }), 401);
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/skn/berichten', headers: bearer('skn-tok-wrong') }),
      401,
    );
    const expired = await h.inject({
      method: 'GET',
      url: '/api/v1/skn/berichten',
      headers: bearer(SKN_TOKENS.expired),
    });
    expect(expectProblem(expired, 401).detail).toMatch(/verlopen/);
  });

  it('keeps the SKN API and the other audiences apart (403 both ways)', async () => {
    const portal = await creditorToken(h, ROTTERDAM_REF, 'belastingdienst');
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/skn/berichten', headers: bearer(portal) }),
      403,
    );
    expectProblem(
      await h.inject({ method: 'GET', url: '/api/v1/skn/berichten', headers: bearer(TOKENS.officer) }),
      403,
    );
    expectProblem(await h.inject({ method: 'GET', url: '/api/v1/creditor/letters', headers: bd }), 403);
    expectProblem(
      await h.inject({ method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}`, headers: bd }),
      403,
    );
    const me = await h.inject({ method: 'GET', url: '/api/v1/session', headers: bd });
    expect(me.json()).toEqual({
      kind: 'skn',
      role: 'skn',
      credentialId: 'skn-belastingdienst',
      creditorIds: ['belastingdienst'],
      gemeenten: ['GM0599'],
    });
  });
});

describe('POST /api/v1/skn/antwoorden/saldoverzoek', () => {
  const url = '/api/v1/skn/antwoorden/saldoverzoek';

  it('records the saldo-opgave and then the vooraf akkoord on the creditor track', async () => {
    const res = await h.inject({
      method: 'POST',
      url,
      headers: bd,
      payload: {
        zaakkenmerk: ROTTERDAM_REF,
        saldoOpgave: { hoofdsom: 120_000, rente: 3_450, kenmerkSchuldeiser: 'BD-77' },
        voorafAkkoord: true,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      berichtType: 'SaldoverzoekAntwoord',
      zaakkenmerk: ROTTERDAM_REF,
      schuldeiser: 'belastingdienst',
      ontvangenOp: NOW.toISOString(),
      verwerkt: ['saldo-opgave', 'vooraf-akkoord'],
    });
    expect(answerCalls().map((c) => c.args.slice(0, 4))).toEqual([
      [
        ROTTERDAM_CASE,
        'belastingdienst',
        'saldo-opgave',
        { hoofdsom: 120_000, rente: 3_450, kenmerkSchuldeiser: 'BD-77' },
      ],
      [ROTTERDAM_CASE, 'belastingdienst', 'vooraf-akkoord', {}],
    ]);
    // The case shows it: the track the officer reads has the saldo.
    const track = await h.cases.creditorTrack(ROTTERDAM_CASE, 'belastingdienst');
    expect(track).toMatchObject({ answer: 'saldo-opgave', phase: 'beantwoord', claimAmount: 123_450 });
  });

  it('names the field of bad input in Dutch and leaves the case alone', async () => {
    for (const [payload, field] of [
      [{ zaakkenmerk: ROTTERDAM_REF }, 'saldoOpgave'],
      [{ zaakkenmerk: ROTTERDAM_REF, saldoOpgave: { hoofdsom: -5 } }, 'saldoOpgave.hoofdsom'],
      [{ zaakkenmerk: 'case-GM0599-2026-0001', voorafAkkoord: true }, 'zaakkenmerk'],
      [{ zaakkenmerk: ROTTERDAM_REF, voorafAkkoord: 'ja' }, 'voorafAkkoord'],
    ] as const) {
      const problem = expectProblem(
        await h.inject({ method: 'POST', url, headers: bd, payload }),
        400,
        field,
      );
      expect(JSON.stringify(problem)).not.toMatch(/case-GM/);
    }
    expect(answerCalls()).toEqual([]);
  });

  it('refuses a dossier without a message to this creditor, another gemeente and another creditor', async () => {
    const body = { voorafAkkoord: true };
    const none = await h.inject({
      method: 'POST',
      url,
      headers: bd,
      payload: { ...body, zaakkenmerk: OTHER_REF },
    });
    expect(expectProblem(none, 404).detail).toMatch(/geen bericht aan deze schuldeiser/);
    expectProblem(
      await h.inject({ method: 'POST', url, headers: bd, payload: { ...body, zaakkenmerk: AMSTERDAM_REF } }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url,
        headers: bd,
        payload: { ...body, zaakkenmerk: ROTTERDAM_REF, schuldeiser: 'eneco' },
      }),
      403,
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url,
        headers: bearer(SKN_TOKENS.both),
        payload: { ...body, zaakkenmerk: ROTTERDAM_REF },
      }),
      400,
      'schuldeiser',
    );
    expect(answerCalls()).toEqual([]);
    const ok = await h.inject({
      method: 'POST',
      url,
      headers: bearer(SKN_TOKENS.both),
      payload: { ...body, zaakkenmerk: ROTTERDAM_REF, schuldeiser: 'eneco' },
    });
    expect(ok.json().schuldeiser).toBe('eneco');
  });

  it('passes the case’s refusal on as 409 without internal ids', async () => {
    h.cases.rejectNext = 'Dit dossier is gesloten: een antwoord is niet meer nodig.';
    const res = await h.inject({
      method: 'POST',
      url,
      headers: bd,
      payload: { zaakkenmerk: ROTTERDAM_REF, voorafAkkoord: true },
    });
    expect(expectProblem(res, 409).detail).toBe('Dit dossier is gesloten: een antwoord is niet meer nodig.');
  });

  it('refuses saldo-opgave plus vooraf akkoord after an earlier vooraf akkoord, before sending anything', async () => {
    (await h.cases.creditorTrack(ROTTERDAM_CASE, 'belastingdienst')).answer = 'vooraf-akkoord';
    const res = await h.inject({
      method: 'POST',
      url,
      headers: bd,
      payload: { zaakkenmerk: ROTTERDAM_REF, saldoOpgave: { amount: 100 }, voorafAkkoord: true },
    });
    expectProblem(res, 409);
    expect(answerCalls()).toEqual([]);
  });
});

describe('BetaalvoorstelAntwoord and GeenMedewerking', () => {
  beforeEach(() => {
    h.oplossing.statuses.set(ROTTERDAM_CASE, oplossingOf(ROTTERDAM_CASE, 'GM0599'));
    placeSknLetter(h, ROTTERDAM_REF, 'belastingdienst', 'betaalvoorstel');
  });
  const url = '/api/v1/skn/antwoorden/betaalvoorstel';

  it('an afwijzing needs a reden and reaches the oplossing with it; akkoord too', async () => {
    expectProblem(
      await h.inject({
        method: 'POST',
        url,
        headers: bd,
        payload: { zaakkenmerk: ROTTERDAM_REF, antwoord: 'afwijzing' },
      }),
      400,
      'reden',
    );
    expectProblem(
      await h.inject({
        method: 'POST',
        url,
        headers: bd,
        payload: { zaakkenmerk: ROTTERDAM_REF, antwoord: 'misschien' },
      }),
      400,
      'antwoord',
    );
    expect(h.oplossing.updates).toEqual([]);
    const res = await h.inject({
      method: 'POST',
      url,
      headers: bd,
      payload: { zaakkenmerk: ROTTERDAM_REF, antwoord: 'afwijzing', reden: 'Aanbod te laag' },
    });
    expect(res.json().verwerkt).toEqual(['voorstel-afwijzing']);
    expect(h.oplossing.updates).toEqual([
      {
        caseId: ROTTERDAM_CASE,
        name: 'voorstel-afwijzing',
        input: { creditorId: 'belastingdienst', reason: 'Aanbod te laag' },
      },
    ]);
    const offer = h.oplossing.statuses
      .get(ROTTERDAM_CASE)!
      .creditors.find((c) => c.creditorId === 'belastingdienst')!;
    expect(offer.stage).toBe('heroverweging');
    await h.inject({
      method: 'POST',
      url,
      headers: bd,
      payload: { zaakkenmerk: ROTTERDAM_REF, antwoord: 'akkoord' },
    });
    expect(h.oplossing.updates[1]).toMatchObject({
      name: 'voorstel-akkoord',
      input: { creditorId: 'belastingdienst' },
    });
  });

  it('GeenMedewerking reaches the track with its reden', async () => {
    const url2 = '/api/v1/skn/antwoorden/geen-medewerking';
    expectProblem(
      await h.inject({
        method: 'POST',
        url: url2,
        headers: bd,
        payload: { zaakkenmerk: ROTTERDAM_REF, reden: '  ' },
      }),
      400,
      'reden',
    );
    const res = await h.inject({
      method: 'POST',
      url: url2,
      headers: bd,
      payload: { zaakkenmerk: ROTTERDAM_REF, reden: 'Vordering verkocht' },
    });
    expect(res.statusCode).toBe(200);
    expect(answerCalls().map((c) => c.args.slice(0, 4))).toEqual([
      [ROTTERDAM_CASE, 'belastingdienst', 'geen-medewerking', { reason: 'Vordering verkocht' }],
    ]);
  });
});

describe('POST /api/v1/skn/saldo-opgaven (CSV)', () => {
  const url = '/api/v1/skn/saldo-opgaven';
  const csv = (lines: string[]) => ({
    method: 'POST' as const,
    url,
    headers: { ...bd, 'content-type': 'text/csv' },
    payload: lines.join('\r\n'),
  });

  it('answers per row; bad rows among good ones are refused alone', async () => {
    placeSknLetter(h, OTHER_REF, 'belastingdienst', 'saldoverzoek');
    h.cases.addTrack(OTHER_CASE, 'belastingdienst');
    const res = await h.inject(
      csv([
        'zaakkenmerk;bedrag;referentie;voorafAkkoord',
        `${ROTTERDAM_REF};1.234,56;BD-1;nee`,
        `${AMSTERDAM_REF};10,00;;`,
        'GM0599-2026-0003;tien;;',
        `${OTHER_REF};99,95;BD-2;ja`,
        `${ROTTERDAM_REF};5,00;;`,
        `${ROTTERDAM_REF};"5,00";"kapot"x;`,
      ]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      aantalRijen: 6,
      geaccepteerd: 2,
      geweigerd: 4,
      rijen: [
        { rij: 2, zaakkenmerk: ROTTERDAM_REF, resultaat: 'geaccepteerd', verwerkt: ['saldo-opgave'] },
        {
          rij: 3,
          zaakkenmerk: AMSTERDAM_REF,
          resultaat: 'geweigerd',
          reden: 'Dit dossier hoort bij een gemeente waarvoor deze sleutel niet geldt.',
        },
        {
          rij: 4,
          zaakkenmerk: 'GM0599-2026-0003',
          resultaat: 'geweigerd',
          reden: 'bedrag "tien" is geen bedrag in euro (voorbeeld: 1234,56).',
        },
        {
          rij: 5,
          zaakkenmerk: OTHER_REF,
          resultaat: 'geaccepteerd',
          verwerkt: ['saldo-opgave', 'vooraf-akkoord'],
        },
        {
          rij: 6,
          zaakkenmerk: ROTTERDAM_REF,
          resultaat: 'geweigerd',
          reden: 'Dit dossier staat voor deze schuldeiser al in rij 2.',
        },
        {
          rij: 7,
          resultaat: 'geweigerd',
          reden: expect.stringMatching(/^Rij niet leesbaar: na een veld tussen aanhalingstekens/),
        },
      ],
    });
    expect(answerCalls().map((c) => c.args.slice(0, 4))).toEqual([
      [ROTTERDAM_CASE, 'belastingdienst', 'saldo-opgave', { amount: 123_456, kenmerkSchuldeiser: 'BD-1' }],
      [OTHER_CASE, 'belastingdienst', 'saldo-opgave', { amount: 9_995, kenmerkSchuldeiser: 'BD-2' }],
      [OTHER_CASE, 'belastingdienst', 'vooraf-akkoord', {}],
    ]);
  });

  it('a row the case refuses is reported with the case’s reason; the next row still goes in', async () => {
    placeSknLetter(h, OTHER_REF, 'belastingdienst', 'saldoverzoek');
    h.cases.rejectNext =
      'U heeft al geantwoord (geen medewerking); neem contact op met de gemeente om dat te wijzigen.';
    const res = await h.inject(csv(['zaakkenmerk,bedragCenten', `${ROTTERDAM_REF},100`, `${OTHER_REF},200`]));
    expect(res.json().rijen).toEqual([
      {
        rij: 2,
        zaakkenmerk: ROTTERDAM_REF,
        resultaat: 'geweigerd',
        reden:
          'U heeft al geantwoord (geen medewerking); neem contact op met de gemeente om dat te wijzigen.',
      },
      { rij: 3, zaakkenmerk: OTHER_REF, resultaat: 'geaccepteerd', verwerkt: ['saldo-opgave'] },
    ]);
  });

  it('a file that cannot be read is refused as a whole, naming why', async () => {
    const noColumn = await h.inject(csv(['dossier;bedrag', `${ROTTERDAM_REF};1,00`]));
    expect(expectProblem(noColumn, 400, '(body)')['invalid-params']![0]!.reason).toMatch(
      /Onbekende kolom "dossier"/,
    );
    expectProblem(await h.inject(csv(['zaakkenmerk;bedrag', `${ROTTERDAM_REF};"1,00`])), 400, '(body)');
    expect(answerCalls()).toEqual([]);
  });
});

describe('GET /api/v1/cases/{caseId}/skn-berichten (officer)', () => {
  it('shows per creditor what was fetched and what goes out on paper', async () => {
    const status = h.cases.cases.get(ROTTERDAM_CASE)!;
    for (const creditorId of ['belastingdienst', 'eneco'])
      status.creditors.push({
        creditorId,
        name: creditorId,
        phase: 'wacht-op-antwoord',
        pauseConfirmed: false,
        collectionBreaches: 0,
        removed: false,
      });
    const fetched = `${ROTTERDAM_REF}.kennisgeving.belastingdienst.1`;
    await h.inject({ method: 'GET', url: `/api/v1/skn/berichten/${fetched}`, headers: bd });
    h.paper.add(`${ROTTERDAM_REF}.saldoverzoek.eneco.1`);
    const res = await h.inject({
      method: 'GET',
      url: `/api/v1/cases/${ROTTERDAM_CASE}/skn-berichten`,
      headers: bearer(TOKENS.officer),
    });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .berichten.map((b: { berichtId: string; opgehaaldOp?: string; perPost: boolean }) => [
          b.berichtId,
          b.opgehaaldOp ?? null,
          b.perPost,
        ]),
    ).toEqual([
      [fetched, NOW.toISOString(), false],
      [`${ROTTERDAM_REF}.saldoverzoek.belastingdienst.1`, null, false],
      [`${ROTTERDAM_REF}.saldoverzoek.eneco.1`, null, true],
    ]);
    expectProblem(
      await h.inject({
        method: 'GET',
        url: `/api/v1/cases/${ROTTERDAM_CASE}/skn-berichten`,
        headers: bearer(TOKENS.otherOfficer),
      }),
      403,
    );
    expectProblem(
      await h.inject({ method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/skn-berichten`, headers: bd }),
      403,
    );
  });
});
