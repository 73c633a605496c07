import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PgReportingStore } from '../../../activities/reporting/pg-store';
import { Sealer } from '../../../activities/reporting/sealed';
import { SqliteReportingStore } from '../../../activities/reporting/sqlite-store';
import type { ReportingStore } from '../../../activities/reporting/store';
import type { CivilDate } from '../../../domain/civil-date';
import type { ReportEvent } from '../../../domain/reporting/events';
import { parseKeyRing } from '../../../platform/encryption/key-ring';
import Database from 'better-sqlite3';
import { startPostgres } from '../../support/postgres';

/** The one store contract, run against both implementations: SQLite (embedded) and a real PostgreSQL. */

const ring = parseKeyRing(
  `k2=${Buffer.alloc(32, 7).toString('base64')},k1=${Buffer.alloc(32, 9).toString('base64')}`,
);
const olderRing = parseKeyRing(`k1=${Buffer.alloc(32, 9).toString('base64')}`);

const aanmelding: ReportEvent = {
  eventId: 'case-GM0599-1#0.0',
  workflowId: 'case-GM0599-1',
  caseId: 'case-GM0599-1',
  gemeente: 'GM0599',
  kind: 'aanmelding',
  category: 'crisis',
  at: '2026-03-02T09:00:00.000Z',
  on: '2026-03-02' as CivilDate,
  amountCents: 9_007_199_254_740_991, // the largest safe integer survives BIGINT both ways
  flags: { crisis: true },
  personal: {
    client: { bsn: '123456782', dateOfBirth: '1984-03-12' as CivilDate, postcode: '3011AD', houseNumber: 40 },
  },
};
const saldo: ReportEvent = {
  eventId: 'case-GM0599-1#5.0',
  workflowId: 'case-GM0599-1',
  caseId: 'case-GM0599-1',
  gemeente: 'GM0599',
  kind: 'creditor-antwoord',
  category: 'saldo-opgave',
  at: '2026-03-10T09:00:00.000Z',
  on: '2026-03-10' as CivilDate,
  creditorId: 'woonstad',
  amountCents: 312_075,
  personal: { creditorName: 'Woonstad Rotterdam' },
};
const other: ReportEvent = {
  ...saldo,
  eventId: 'case-GM0363-9#1.0',
  caseId: 'case-GM0363-9',
  workflowId: 'case-GM0363-9',
  gemeente: 'GM0363',
  personal: undefined,
};
delete (other as Partial<ReportEvent>).personal;

function contract(
  name: string,
  open: () => Promise<ReportingStore>,
  raw: (store: ReportingStore) => Promise<string>,
) {
  describe(name, () => {
    let store: ReportingStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => store?.close());

    it('writes each event once, whatever the number of retries', async () => {
      expect(await store.write([aanmelding, saldo])).toBe(2);
      expect(await store.write([saldo, aanmelding, other])).toBe(1);
      expect(await store.write([aanmelding])).toBe(0);
      expect((await store.events()).map((e) => e.eventId)).toEqual([
        other.eventId,
        aanmelding.eventId,
        saldo.eventId,
      ]);
    });

    it('gives the events back whole, by gemeente and case', async () => {
      expect(await store.events({ gemeente: 'GM0599' })).toEqual([aanmelding, saldo]);
      expect(await store.events({ caseId: 'case-GM0363-9' })).toEqual([other]);
    });

    it('keeps ids, dates, categories and flags readable, and nothing personal: no amount, BSN or name', async () => {
      const text = await raw(store);
      for (const readable of ['case-GM0599-1', '2026-03-10', 'saldo-opgave', 'woonstad'])
        expect(text).toContain(readable);
      for (const secret of ['312075', '9007199254740991', '123456782', '1984-03-12', '3011AD', 'Woonstad Rotterdam'])
        expect(text).not.toContain(secret);
    });
  });
}

const sqliteFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-store-')), 'reporting.sqlite');
contract(
  'SQLite store',
  async () => new SqliteReportingStore(sqliteFile, new Sealer(ring)),
  async (store) => JSON.stringify((store as SqliteReportingStore).rawRows()),
);

describe('rows written before amounts were sealed', () => {
  it('keep their readable amount and their sealed personal part, and read back whole', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-store-')), 'old.sqlite');
    new SqliteReportingStore(file, new Sealer(ring)).close();
    const db = new Database(file);
    const sealer = new Sealer(ring);
    db.prepare(
      `INSERT INTO report_events (event_id, workflow_id, case_id, gemeente, kind, category, at, on_date, creditor_id,
        amount_cents, dates, flags, personal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
    ).run(
      saldo.eventId,
      saldo.workflowId,
      saldo.caseId,
      saldo.gemeente,
      saldo.kind,
      saldo.category,
      saldo.at,
      saldo.on,
      saldo.creditorId,
      312_075,
      await sealer.seal(saldo.personal),
    );
    db.close();
    const store = new SqliteReportingStore(file, sealer);
    expect(await store.events()).toEqual([saldo]);
    await store.close();
  });
});

describe('key rotation', () => {
  it('rows sealed under an older key stay readable once a new key encrypts', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-store-')), 'r.sqlite');
    const before = new SqliteReportingStore(file, new Sealer(olderRing));
    await before.write([aanmelding]);
    await before.close();
    const after = new SqliteReportingStore(file, new Sealer(ring));
    expect(await after.events()).toEqual([aanmelding]);
    expect(after.rawRows()[0]!.personal).toMatch(/^k1:/);
    await after.close();
  });
});

let pg: Awaited<ReturnType<typeof startPostgres>> | undefined;
beforeAll(async () => {
  pg = await startPostgres();
  if (typeof pg === 'string') console.warn(`PostgreSQL store not tested: ${pg}`);
}, 60_000);
afterAll(async () => {
  if (pg && typeof pg !== 'string') await pg.stop();
});
contract(
  'PostgreSQL store',
  async () => {
    if (!pg || typeof pg === 'string') throw new Error(`no PostgreSQL: ${String(pg)}`);
    return new PgReportingStore(pg.url, new Sealer(ring));
  },
  async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: (pg as { url: string }).url });
    await client.connect();
    const rows = await client.query('SELECT * FROM report_events');
    await client.end();
    return JSON.stringify(rows.rows);
  },
);
