import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CivilDate } from '../../domain/civil-date';
import { buildDelivery } from '../../domain/ddas/delivery';
import { trajectOf, wholeEuros } from '../../domain/ddas/traject';
import { DDAS_VENDOR_DIR, uitwisselmodelErrors } from '../../ddas/uitwisselmodel';
import { caseA, caseB, caseC, caseD, exampleEvents } from './cases';

const of = (caseId: string) =>
  trajectOf(
    'GM0599',
    exampleEvents.filter((e) => e.caseId === caseId),
  );
const d = (s: string) => s as CivilDate;
const client = (bsn: string) => [
  {
    Burgerservicenummer: bsn,
    Geboortedatum: '1984-03-12',
    Postcode: '3011AD',
    Huisnummer: '40',
    Huisnummertoevoeging: 'B',
  },
];

describe('DDAS schuldhulptraject from the reporting events (worked out by hand)', () => {
  it('A: crisis, moratorium, saneringskrediet with dwangakkoord, budgetbeheer during the looptijd, nazorg, afgerond', () => {
    expect(of(caseA)).toEqual({
      gemeentecode: '0599',
      startdatum: '2025-11-03',
      einddatum: '2028-04-15',
      toekenningsdatum: '2025-12-01',
      // € 12.345,50 established at the end of stabilisatie: half up to € 12.346.
      totaalSchuldbedragBijAanvangSchuld: 12_346,
      aanmelding: { crisisinterventie: true, startdatum: '2025-11-03', einddatum: '2025-11-05' },
      client: client('123456782'),
      intake: {
        startdatum: '2025-11-05',
        einddatum: '2025-12-01',
        beschikkingsdatum: '2025-12-01',
        beschikkingssoort: 'Toelatingsbeschikking',
      },
      moratoria: [
        {
          datumAanvraag: '2025-12-03',
          datumGoedkeuring: '2025-12-10',
          startdatum: '2025-12-10',
          einddatum: '2026-06-10',
        },
      ],
      stabilisatie: { startdatum: '2025-12-01', einddatum: '2026-01-15' },
      oplossing: { soort: 'Saneringskrediet', startdatum: '2026-01-20', einddatum: '2027-10-01' },
      schuldregeling: {
        datum: '2026-01-20',
        toegekend: '2026-03-23',
        dwangakkoord: true,
        datumVerzoekDwangakkoord: '2026-03-02',
      },
      begeleiding: [{ soort: 'Budgetbeheer', startdatum: '2026-04-01', einddatum: '2027-10-01' }],
      nazorg: { startdatum: '2027-10-15', einddatum: '2028-04-15' },
      uitstroom: { datum: '2028-04-15', reden: 'Afgerond' },
    });
  });

  it('B: withdrawn — the aanmelding ends with the case, uitstroom Ingetrokken', () => {
    expect(of(caseB)).toEqual({
      gemeentecode: '0599',
      startdatum: '2026-02-02',
      einddatum: '2026-02-10',
      aanmelding: { crisisinterventie: false, startdatum: '2026-02-02', einddatum: '2026-02-10' },
      client: client('111222333'),
      uitstroom: { datum: '2026-02-10', reden: 'Ingetrokken' },
    });
  });

  it('C: refused — an afwijzingsbeschikking, no toekenning, uitstroom Niet passend', () => {
    expect(of(caseC)).toMatchObject({
      startdatum: '2026-03-02',
      einddatum: '2026-06-15',
      intake: {
        startdatum: '2026-04-01',
        einddatum: '2026-06-15',
        beschikkingsdatum: '2026-06-15',
        beschikkingssoort: 'Afwijzingsbeschikking',
      },
      uitstroom: { datum: '2026-06-15', reden: 'Niet passend' },
    });
    expect(of(caseC)).not.toHaveProperty('toekenningsdatum');
    expect(of(caseC)).not.toHaveProperty('stabilisatie');
  });

  it('D: a betalingsregeling still running — no end, no begeleiding, no dwangakkoord', () => {
    const t = of(caseD);
    expect(t).toMatchObject({
      totaalSchuldbedragBijAanvangSchuld: 1_999, // € 1.999,49 → € 1.999
      oplossing: { soort: 'Betalingsregeling', startdatum: '2026-08-10' },
      schuldregeling: { datum: '2026-08-10', toegekend: '2026-09-01', dwangakkoord: false },
    });
    expect(t).not.toHaveProperty('einddatum');
    expect(t).not.toHaveProperty('begeleiding');
    expect(t.oplossing).not.toHaveProperty('einddatum');
  });

  it('whole euros, half up', () => {
    expect([
      wholeEuros(0),
      wholeEuros(49),
      wholeEuros(50),
      wholeEuros(1_234_549),
      wholeEuros(1_234_550),
    ]).toEqual([0, 0, 1, 12_345, 12_346]);
  });
});

describe('DDAS delivery', () => {
  const request = {
    from: d('2026-01-01'),
    to: d('2026-12-31'),
    gemeenten: ['GM0599'],
    now: '2027-01-05T08:00:00.123Z',
    supplierCode: 'SCHULDHULP',
  };

  it('holds every traject of the period of the gemeenten asked for, and validates against the official schema', () => {
    const { gegevens, paginering } = buildDelivery(request, exampleEvents);
    expect(paginering).toBeUndefined();
    expect(gegevens).toMatchObject({
      startdatumLevering: '2026-01-01',
      einddatumLevering: '2026-12-31',
      aanleverdatumEnTijd: '2027-01-05T08:00:00Z',
      codeGegevensleverancier: 'SCHULDHULP',
    });
    expect(gegevens.leveringen).toHaveLength(1);
    // A (running into 2026), B, C, D; not E (GM0363).
    expect(gegevens.leveringen[0]!.schuldhulptrajecten.map((t) => t.startdatum)).toEqual([
      '2025-11-03',
      '2026-02-02',
      '2026-03-02',
      '2026-05-04',
    ]);
    expect(uitwisselmodelErrors(gegevens)).toEqual([]);
  });

  it('leaves out trajecten that ended before the period or started after it', () => {
    const before = buildDelivery(
      { ...request, from: d('2028-05-01'), to: d('2028-12-31') },
      exampleEvents,
    ).gegevens;
    // A ended 2028-04-15, B and C ended in 2026; D still runs.
    expect(before.leveringen[0]!.schuldhulptrajecten.map((t) => t.startdatum)).toEqual(['2026-05-04']);
    const early = buildDelivery(
      { ...request, from: d('2025-01-01'), to: d('2025-12-31') },
      exampleEvents,
    ).gegevens;
    expect(early.leveringen[0]!.schuldhulptrajecten.map((t) => t.startdatum)).toEqual(['2025-11-03']);
  });

  it('pages over the trajecten; every page validates; a gemeente without trajecten still has its levering', () => {
    const pages = [1, 2, 3].map((page) => buildDelivery({ ...request, page, pageSize: 3 }, exampleEvents));
    expect(pages.map((p) => p.gegevens.leveringen[0]!.schuldhulptrajecten.length)).toEqual([3, 1, 0]);
    expect(pages[0]!.paginering).toEqual({ pageSize: 3, currentPage: 1, totalPages: 2, totalRecords: 4 });
    for (const p of pages) expect(uitwisselmodelErrors(p.gegevens)).toEqual([]);
    const two = buildDelivery(
      { ...request, gemeenten: ['GM0599', 'GM0363'], from: d('2027-01-01'), to: d('2027-12-31') },
      exampleEvents,
    ).gegevens;
    expect(
      two.leveringen.map((l) => [
        l.teller,
        l.aanleverende_organisatie.gemeentecode,
        l.schuldhulptrajecten.length,
      ]),
    ).toEqual([
      [1, '0363', 1],
      [2, '0599', 2],
    ]);
    expect(uitwisselmodelErrors(two)).toEqual([]);
  });

  it("the validator is real: it rejects what the schema forbids (the standard's own Uitgebreid example fails it)", () => {
    const { gegevens } = buildDelivery(request, exampleEvents);
    const broken = structuredClone(gegevens) as unknown as {
      leveringen: { schuldhulptrajecten: Record<string, unknown>[] }[];
    };
    broken.leveringen[0]!.schuldhulptrajecten[0]!.totaalSchuldbedragBijAanvangSchuld = 123.45;
    expect(uitwisselmodelErrors(broken)).toEqual([
      '/leveringen/0/schuldhulptrajecten/0/totaalSchuldbedragBijAanvangSchuld must be integer',
    ]);
    const vendored = (f: string) => JSON.parse(fs.readFileSync(path.join(DDAS_VENDOR_DIR, f), 'utf8'));
    expect(uitwisselmodelErrors(vendored('UitgebreidMeervoudigVoorbeeld.json')).length).toBeGreaterThan(0);
    expect(uitwisselmodelErrors(vendored('meervoudigVoorbeeld.json'))).toEqual([]);
  });
});
