import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PgAccessStateStore } from '../../api/auth/access-state-pg';
import { SqliteAccessStateStore } from '../../api/auth/access-state-sqlite';
import type { AccessStateStore } from '../../api/auth/access-state';
import { startPostgres, type TestPostgres } from '../support/postgres';

/** Both implementations of the shared access state, each used by two instances at once. */

async function behavesAsShared(one: AccessStateStore, two: AccessStateStore) {
  const t0 = 1_000_000;
  const first = await one.attempt(['client:a', 'code:x'], t0, t0 - 60_000);
  expect(first.counts).toEqual([1, 1]);
  const second = await two.attempt(['client:a', 'code:y'], t0 + 1, t0 - 60_000);
  expect(second.counts).toEqual([2, 1]);
  await one.forget(second.id);
  expect((await two.attempt(['client:a'], t0 + 2, t0 - 60_000)).counts).toEqual([2]);
  // Outside the window an attempt no longer counts.
  expect((await one.attempt(['client:a'], t0 + 120_000, t0 + 60_000)).counts).toEqual([1]);

  expect(await two.isRevoked('GM0599-2026-0001', 'eneco')).toBe(false);
  await one.revoke('GM0599-2026-0001', 'eneco', t0);
  await one.revoke('GM0599-2026-0001', 'eneco', t0 + 5);
  expect(await two.isRevoked('GM0599-2026-0001', 'eneco')).toBe(true);
  expect(await two.isRevoked('GM0599-2026-0001', 'woonstad')).toBe(false);

  // Parallel attempts of both instances are all counted.
  const burst = await Promise.all(
    Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).attempt(['client:burst'], t0 + 10 + i, t0)),
  );
  expect(Math.max(...burst.flatMap((r) => r.counts))).toBe(20);
}

describe('SQLite access state (one file, two instances)', () => {
  it('shares attempts and revocations', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-state-'));
    const file = path.join(dir, 'api', 'access-state.sqlite');
    const one = new SqliteAccessStateStore(file);
    const two = new SqliteAccessStateStore(file);
    try {
      await behavesAsShared(one, two);
    } finally {
      await one.close();
      await two.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PostgreSQL access state (two pools)', () => {
  let pg: TestPostgres | string;
  beforeAll(async () => {
    pg = await startPostgres();
    if (typeof pg === 'string') console.log(`PostgreSQL access-state test skipped: ${pg}`);
  }, 60_000);
  afterAll(async () => {
    if (typeof pg !== 'string') await pg.stop();
  });

  it('shares attempts and revocations', async () => {
    if (typeof pg === 'string') return;
    const one = new PgAccessStateStore(pg.url);
    const two = new PgAccessStateStore(pg.url);
    try {
      await behavesAsShared(one, two);
    } finally {
      await one.close();
      await two.close();
    }
  }, 30_000);
});
