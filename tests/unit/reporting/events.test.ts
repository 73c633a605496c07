import type { CivilDate } from '../../../domain/civil-date';
import { caseReportEvents, type CaseReportSource } from '../../../domain/reporting/from-case';
import { oplossingReportEvents, type OplossingReportSource } from '../../../domain/reporting/from-oplossing';

const d = (s: string) => s as CivilDate;
// 10:00 in Amsterdam on 2 March 2026 (CET, UTC+1); 23:30 UTC on 2 March is already 3 March in Amsterdam.
const AT = '2026-03-02T09:00:00.000Z';

function caseSource(overrides: Partial<CaseReportSource['status']> = {}): CaseReportSource {
  return {
    workflowId: 'case-GM0599-2026-0001',
    status: {
      caseId: 'case-GM0599-2026-0001',
      gemeente: 'GM0599',
      crisis: true,
      requestDate: d('2026-02-27'),
      creditors: [
        { creditorId: 'woonstad', name: 'Woonstad Rotterdam', claimAmount: 312_075, removed: false },
        { creditorId: 'cjib', name: 'CJIB', claimAmount: 45_000, removed: false },
        { creditorId: 'weg', name: 'Verwijderd', claimAmount: 99_999, removed: true },
      ],
      ...overrides,
    },
    claims: [
      { creditorId: 'woonstad', amount: 300_000 },
      { creditorId: 'cjib', amount: 45_000 },
    ],
    resident: {
      bsn: '123456782',
      dateOfBirth: d('1984-03-12'),
      address: { postcode: '3011AD', houseNumber: 40, houseNumberAddition: 'B' },
    },
  };
}

describe('caseReportEvents', () => {
  it('the aanmelding: request date, crisis flag, total of the claims known, the client as personal data', () => {
    const [e, ...rest] = caseReportEvents(
      { at: AT, by: 'system', action: 'aanmelding', detail: 'x' },
      0,
      caseSource(),
    );
    expect(rest).toEqual([]);
    expect(e).toEqual({
      eventId: 'case-GM0599-2026-0001#0.0',
      workflowId: 'case-GM0599-2026-0001',
      caseId: 'case-GM0599-2026-0001',
      gemeente: 'GM0599',
      at: AT,
      kind: 'aanmelding',
      on: '2026-02-27',
      category: 'crisis',
      amountCents: 345_000,
      flags: { crisis: true },
      personal: {
        client: {
          bsn: '123456782',
          dateOfBirth: '1984-03-12',
          postcode: '3011AD',
          houseNumber: 40,
          houseNumberAddition: 'B',
        },
      },
    });
  });

  it('eerste gesprek on the date in the entry; a refusal is a beschikking and the end, on the beschikking date', () => {
    const src = caseSource({ beschikking: { decision: 'afwijzing', on: d('2026-03-20') } });
    expect(
      caseReportEvents({ at: AT, by: 'm', action: 'eerste gesprek gehouden', detail: '2026-03-01' }, 4, src),
    ).toEqual([
      expect.objectContaining({
        eventId: 'case-GM0599-2026-0001#4.0',
        kind: 'eerste-gesprek',
        on: '2026-03-01',
      }),
    ]);
    const refusal = caseReportEvents(
      { at: AT, by: 'm', action: 'beschikking: afwijzing', detail: 'fraude' },
      7,
      src,
    );
    expect(refusal.map((e) => [e.eventId, e.kind, e.category, e.on])).toEqual([
      ['case-GM0599-2026-0001#7.0', 'beschikking', 'afwijzing', '2026-03-20'],
      ['case-GM0599-2026-0001#7.1', 'einde', 'afgewezen', '2026-03-20'],
    ]);
  });

  it('a withdrawal ends the case on the Amsterdam day it was recorded', () => {
    const late = '2026-03-02T23:30:00.000Z'; // 00:30 on 3 March in Amsterdam
    const [e] = caseReportEvents(
      { at: late, by: 'm', action: 'hulpvraag ingetrokken', detail: 'reden' },
      2,
      caseSource(),
    );
    expect(e).toMatchObject({ kind: 'einde', category: 'ingetrokken', on: '2026-03-03' });
  });

  it("a creditor's letters and answers, in the SKN vocabulary; the saldo-opgave carries the claim amount", () => {
    const src = caseSource();
    const at = (action: string) => caseReportEvents({ at: AT, by: 'creditor:woonstad', action }, 9, src)[0];
    expect(at('kennisgeving verstuurd')).toMatchObject({
      kind: 'creditor-bericht',
      category: 'kennisgeving',
      creditorId: 'woonstad',
      on: '2026-03-02',
    });
    expect(at('saldo-opgave ontvangen')).toMatchObject({
      kind: 'creditor-antwoord',
      category: 'saldo-opgave',
      amountCents: 312_075,
      personal: { creditorName: 'Woonstad Rotterdam' },
    });
    expect(at('vooraf akkoord')).not.toHaveProperty('amountCents');
    expect(at('geen antwoord: geëscaleerd naar medewerker')).toBeUndefined();
  });

  it('stabilisatie afgerond counts the claims of the creditors still on the case', () => {
    const [e] = caseReportEvents(
      { at: AT, by: 'm', action: 'stabilisatie afgerond', detail: '2026-05-04' },
      30,
      caseSource(),
    );
    expect(e).toMatchObject({ kind: 'stabilisatie-afgerond', on: '2026-05-04', amountCents: 357_075 });
  });

  it('the end of the oplossing closes the case with its outcome; other entries give nothing', () => {
    const src = caseSource();
    expect(
      caseReportEvents(
        { at: AT, by: 'system', action: 'oplossing beëindigd: wsnp', detail: '2026-09-01' },
        40,
        src,
      )[0],
    ).toMatchObject({
      kind: 'einde',
      category: 'wsnp',
      on: '2026-09-01',
    });
    expect(caseReportEvents({ at: AT, by: 'system', action: 'zaak voortgezet (run 2)' }, 41, src)).toEqual(
      [],
    );
  });
});

function oplossingSource(stage = 'voorgesteld', refusals = 1): OplossingReportSource {
  return {
    workflowId: 'case-GM0599-2026-0001/oplossing',
    status: {
      caseId: 'case-GM0599-2026-0001',
      gemeente: 'GM0599',
      form: 'saneringskrediet',
      proposal: { kind: 'gedeeltelijk', totalOfferedCents: 90_000, totalClaimsCents: 357_075 },
      creditors: [
        {
          creditorId: 'woonstad',
          name: 'Woonstad Rotterdam',
          stage,
          rejections: Array.from({ length: refusals }, (_, i) => ({ reason: `weigering ${i + 1}` })),
          voorafAkkoord: false,
          dwangakkoord: { requestedOn: d('2026-06-01'), ruledOn: d('2026-06-22'), granted: true },
        },
        { creditorId: 'cjib', name: 'CJIB', stage: 'wacht-op-voorstel', rejections: [], voorafAkkoord: true },
      ],
      looptijd: {
        startDate: d('2026-07-01'),
        endDate: d('2027-12-31'),
        totalCents: 90_000,
        payments: [{ date: d('2026-08-01'), amountCents: 5_000 }],
      },
    },
  };
}

describe('oplossingReportEvents', () => {
  it('the start, and a betaalvoorstel to each creditor that did not agree in advance (saneringskrediet)', () => {
    const events = oplossingReportEvents(
      { at: AT, by: 'm', action: 'oplossing gestart' },
      3,
      oplossingSource('wacht-op-voorstel'),
    );
    expect(events.map((e) => [e.eventId, e.kind, e.category, e.creditorId ?? null])).toEqual([
      ['case-GM0599-2026-0001/oplossing#3.0', 'oplossing-start', 'saneringskrediet', null],
      ['case-GM0599-2026-0001/oplossing#3.1', 'creditor-bericht', 'betaalvoorstel', 'woonstad'],
    ]);
    expect(events[0]).toMatchObject({ amountCents: 90_000, flags: { nihil: false } });
  });

  it('a first refusal brings a heroverweging; a refusal after the heroverweging does not', () => {
    const first = oplossingReportEvents(
      { at: AT, by: 'creditor:woonstad', action: 'betaalvoorstel afgewezen' },
      5,
      oplossingSource(),
    );
    expect(first.map((e) => e.category)).toEqual(['voorstel-afwijzing', 'heroverweging']);
    const again = oplossingReportEvents(
      { at: AT, by: 'creditor:woonstad', action: 'betaalvoorstel afgewezen' },
      6,
      oplossingSource('blijft-weigeren', 2), // the second refusal, after the heroverweging
    );
    expect(again.map((e) => e.category)).toEqual(['voorstel-afwijzing']);
  });

  it('dwangakkoord dates, payments and the looptijd', () => {
    const src = oplossingSource();
    const one = (action: string, detail?: string) =>
      oplossingReportEvents({ at: AT, by: 'm', action, detail }, 8, src)[0];
    expect(one('verzoek dwangakkoord ingediend (Fw art. 287a)', 'woonstad')).toMatchObject({
      kind: 'dwangakkoord',
      category: 'verzoek',
      on: '2026-06-01',
    });
    expect(one('dwangakkoord toegewezen: schuldeiser gebonden', 'woonstad')).toMatchObject({
      category: 'toegewezen',
      on: '2026-06-22',
      dates: { requestedOn: '2026-06-01' },
    });
    expect(one('betaling ontvangen', '5000 cent op 2026-08-01')).toMatchObject({
      kind: 'betaling',
      category: 'termijn',
      amountCents: 5_000,
      on: '2026-08-01',
    });
    expect(one('schuldregeling tot stand; looptijd begint')).toMatchObject({
      kind: 'looptijd-start',
      on: '2026-07-01',
      dates: { endDate: '2027-12-31' },
    });
  });
});
