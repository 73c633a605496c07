import { PgAccessStateStore } from '../../api/auth/access-state-pg';
import { SqliteAccessStateStore } from '../../api/auth/access-state-sqlite';
import type { AccessStateStore } from '../../api/auth/access-state';
import { sharedStoreTests } from '../support/shared-store-pairs';

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

sharedStoreTests(
  'the access state (attempts and revocations)',
  { sqlite: (file) => new SqliteAccessStateStore(file), postgres: (url) => new PgAccessStateStore(url) },
  behavesAsShared,
);
