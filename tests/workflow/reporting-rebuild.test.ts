import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareStores, rebuildStore } from '../../activities/reporting/rebuild';
import { reportingSqliteFile } from '../../activities/reporting/open-store';
import { Sealer } from '../../activities/reporting/sealed';
import { SqliteReportingStore } from '../../activities/reporting/sqlite-store';
import type { CivilDate } from '../../domain/civil-date';
import { buildDelivery } from '../../domain/ddas/delivery';
import type { ReportEvent } from '../../domain/reporting/events';
import { uitwisselmodelErrors } from '../../ddas/uitwisselmodel';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import { OplossingService } from '../../services/oplossing';
import { oplossingIdOf } from '../../workflows/oplossing/input';
import { CaseDriver, caseWorld, DAY } from '../support/case-driver';
import { caseThroughStabilisatie } from '../support/lifecycle';
import { testDataConverter } from '../support/time-skipping';

/**
 * The reporting store is fed by the workflows (one activity per timeline entry), and rebuilt from the histories it
 * equals the live store, event for event. Three cases: one into the oplossing, one withdrawn, one refused.
 */
const world = caseWorld('REP');

const summary = (events: ReportEvent[]) =>
  events.map(
    (e) => `${e.kind}${e.category ? `:${e.category}` : ''}${e.creditorId ? `@${e.creditorId}` : ''}`,
  );

describe('reporting store fed by the workflows', () => {
  let live: SqliteReportingStore;
  const rebuiltFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-rebuild-')),
    'rebuilt.sqlite',
  );

  afterAll(async () => {
    await live?.close();
  });

  it('records the business events and rebuilds an equal store from the histories', async () => {
    const { cases, h, env } = world;
    const c = await caseThroughStabilisatie(cases, 2);
    const oplossing = new OplossingService(env.client);
    await c.until(
      async () => oplossing.status(c.caseId).then((s) => s.phase === 'voorbereiding'),
      'oplossing ready',
    );
    await oplossing.act(
      c.caseId,
      'oplossing-start',
      { role: 'officer', officerId: 'medewerker-001' },
      {
        afloscapaciteitPerMonth: 5_000,
        vtlbBasis: 'VTLB 2026',
        form: 'saneringskrediet',
        kredietbank: 'Kredietbank Rijnmond',
      },
    );
    await oplossing.act(
      c.caseId,
      'voorstel-afwijzing',
      { role: 'creditor', creditorId: 'sch-2' },
      { reason: 'Te laag' },
    );

    const withdrawn = await cases.start();
    await withdrawn.act('withdrawal', { date: await cases.today(), reason: 'Zelf opgelost' });
    const refused = await cases.start(CaseDriver.creditors(1));
    const day0 = await cases.today();
    await env.sleep(DAY);
    const day1 = await cases.today();
    await refused.act('eerste-gesprek', { date: await cases.today() });
    await refused.act('beschikking-afwijzing', {
      date: await cases.today(),
      grounds: [{ ground: 'eerdere-schuldhulp', explanation: 'Binnen 5 jaar eerder een schuldregeling' }],
    });

    const ring = resolveKeyRing(loadConfig({ SCHULDHULP_DATA_DIR: h.dataDir }), () => {});
    live = new SqliteReportingStore(reportingSqliteFile(h.dataDir), new Sealer(ring));
    const kindsOf = async (caseId: string) => summary(await live.events({ caseId }));
    await c.until(
      async () => (await kindsOf(c.caseId)).includes('creditor-bericht:heroverweging@sch-2'),
      'events of the first case',
    );
    await c.until(
      async () => (await kindsOf(refused.caseId)).includes('einde:afgewezen'),
      'events of the refused case',
    );

    const first = await kindsOf(c.caseId);
    // In order of recording (aanmelding first; the creditors' letters and answers as the tracks reported them).
    expect(first[0]).toBe('aanmelding:regulier');
    expect(first).toEqual(
      expect.arrayContaining([
        'eerste-gesprek',
        'beschikking:toelating',
        'creditor-bericht:kennisgeving@sch-1',
        'creditor-bericht:saldoverzoek@sch-1',
        'creditor-bericht:herinnering-saldoverzoek@sch-1',
        'creditor-antwoord:vooraf-akkoord@sch-1',
        'creditor-bericht:kennisgeving@sch-2',
        'creditor-antwoord:saldo-opgave@sch-2',
        'stabilisatie-afgerond',
        'oplossing-start:saneringskrediet',
        // sch-1 agreed in advance: with a saneringskrediet it gets no betaalvoorstel (collectief schuldregelen).
        'creditor-bericht:betaalvoorstel@sch-2',
        'creditor-antwoord:voorstel-afwijzing@sch-2',
      ]),
    );
    expect(first).not.toContain('creditor-bericht:betaalvoorstel@sch-1');
    const events = await live.events({ caseId: c.caseId });
    expect(
      events.find((e) => e.kind === 'creditor-antwoord' && e.category === 'saldo-opgave')?.amountCents,
    ).toBe(50_000);
    expect(events.find((e) => e.kind === 'aanmelding')?.personal?.client?.bsn).toBe('123456782');
    expect(await kindsOf(withdrawn.caseId)).toEqual(['aanmelding:regulier', 'einde:ingetrokken']);
    expect(await kindsOf(refused.caseId)).toEqual([
      'aanmelding:regulier',
      'eerste-gesprek',
      'beschikking:afwijzing',
      'einde:afgewezen',
    ]);

    // The DDAS delivery of these cases validates against the official schema; the refused case, by hand:
    const year = day0.slice(0, 4);
    const { gegevens } = buildDelivery(
      {
        from: `${year}-01-01` as CivilDate,
        to: `${year}-12-31` as CivilDate,
        gemeenten: ['GM0599'],
        now: new Date().toISOString(),
        supplierCode: 'TEST',
      },
      await live.events(),
    );
    expect(uitwisselmodelErrors(gegevens)).toEqual([]);
    expect(gegevens.leveringen[0]!.schuldhulptrajecten).toContainEqual({
      gemeentecode: '0599',
      startdatum: day0,
      einddatum: day1,
      aanmelding: { crisisinterventie: false, startdatum: day0, einddatum: day1 },
      client: [
        {
          Burgerservicenummer: '123456782',
          Geboortedatum: '1984-03-12',
          Postcode: '3011AD',
          Huisnummer: '40',
        },
      ],
      intake: {
        startdatum: day1,
        einddatum: day1,
        beschikkingsdatum: day1,
        beschikkingssoort: 'Afwijzingsbeschikking',
      },
      uitstroom: { datum: day1, reden: 'Niet passend' },
    });

    // Nothing personal is readable in the file: the BSN, the birth date and the creditor names are sealed.
    const raw = JSON.stringify(live.rawRows());
    for (const secret of ['123456782', '1984-03-12', 'Schuldeiser 1']) expect(raw).not.toContain(secret);

    const rebuilt = new SqliteReportingStore(rebuiltFile, new Sealer(ring));
    try {
      // The Java test server has no visibility list: the workflows are named (on a real server: a query).
      const workflowIds = [c.caseId, oplossingIdOf(c.caseId), withdrawn.caseId, refused.caseId];
      const result = await rebuildStore(env.client, testDataConverter, rebuilt, { workflowIds });
      expect(result.workflows).toBe(4);
      expect(result.written).toBe(result.events);
      expect(result.events).toBe((await live.events()).length);
      expect(await compareStores(live, rebuilt)).toEqual({ onlyLive: [], onlyRebuilt: [], different: [] });
      // A replay writes nothing twice: the rebuilt events into the live store add no row.
      expect(await live.write(await rebuilt.events())).toBe(0);
    } finally {
      await rebuilt.close();
    }
  }, 180_000);
});
