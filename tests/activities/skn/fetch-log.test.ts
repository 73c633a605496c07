import { MemorySknFetchLog, type SknFetchLog } from '../../../activities/skn/fetch-log';
import { PgSknFetchLog } from '../../../activities/skn/fetch-log-pg';
import { SqliteSknFetchLog } from '../../../activities/skn/fetch-log-sqlite';
import { sharedStoreTests } from '../../support/shared-store-pairs';

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

sharedStoreTests(
  'the SKN fetch log',
  { sqlite: (file) => new SqliteSknFetchLog(file), postgres: (url) => new PgSknFetchLog(url) },
  behavesAsShared,
);
