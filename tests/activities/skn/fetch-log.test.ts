import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemorySknFetchLog, type SknFetchLog } from '../../../activities/skn/fetch-log';
import { PgSknFetchLog } from '../../../activities/skn/fetch-log-pg';
import { SqliteSknFetchLog } from '../../../activities/skn/fetch-log-sqlite';
import { startPostgres, type TestPostgres } from '../../support/postgres';

/** Every implementation of the SKN fetch log: what one instance records, another sees; the first fetch counts. */

async function behavesAsShared(one: SknFetchLog, two: SknFetchLog) {
  expect(await two.firstFetches(['a.1', 'b.1'])).toEqual(new Map());
  await one.record({ letterId: 'a.1', credentialId: 'skn-x', at: '2026-12-03T10:00:00.000Z' });
  await two.record({ letterId: 'a.1', credentialId: 'skn-y', at: '2026-12-02T09:00:00.000Z' });
  await two.record({ letterId: 'a.1', credentialId: 'skn-z', at: '2026-12-04T09:00:00.000Z' });
  const first = await one.firstFetches(['a.1', 'b.1', 'a.1']);
  expect([...first.entries()]).toEqual([
    ['a.1', { letterId: 'a.1', credentialId: 'skn-y', at: '2026-12-02T09:00:00.000Z' }],
  ]);
}

it('in memory', async () => {
  const log = new MemorySknFetchLog();
  await behavesAsShared(log, log);
});

it('SQLite: one file, two instances', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skn-fetch-'));
  const file = path.join(dir, 'api', 'access-state.sqlite');
  const one = new SqliteSknFetchLog(file);
  const two = new SqliteSknFetchLog(file);
  try {
    await behavesAsShared(one, two);
  } finally {
    await one.close();
    await two.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('PostgreSQL: two pools', () => {
  let pg: TestPostgres | string;
  beforeAll(async () => {
    pg = await startPostgres();
    if (typeof pg === 'string') console.log(`PostgreSQL SKN fetch-log test skipped: ${pg}`);
  }, 60_000);
  afterAll(async () => {
    if (typeof pg !== 'string') await pg.stop();
  });

  it('shares fetches', async () => {
    if (typeof pg === 'string') return;
    const one = new PgSknFetchLog(pg.url);
    const two = new PgSknFetchLog(pg.url);
    try {
      await behavesAsShared(one, two);
    } finally {
      await one.close();
      await two.close();
    }
  }, 30_000);
});
