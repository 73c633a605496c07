import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NativeConnection, Worker } from '@temporalio/worker';
import { FsDeliveryLog, FsOutbox } from '../../activities/letters';
import { FileNotificationStore } from '../../activities/notifications/file-store';
import { MemorySknFetchLog } from '../../activities/skn/fetch-log';
import { createSknFetchWatchActivities } from '../../activities/skn/fetch-watch';
import { ensureSknFetchWatchSchedule, SKN_FETCH_WATCH_SCHEDULE_ID } from '../../services/skn-fetch-watch';
import { startDevServerFixture, type DevServerFixture } from '../support/dev-server';
import { testDataConverter } from '../support/time-skipping';

/**
 * The SKN fetch watch on the real dev server: the Schedule is created once (every worker calls it), runs
 * sknFetchWatchWorkflow at 06:15 Amsterdam time, and a run marks an unfetched message for paper.
 */

let fx: DevServerFixture;
let connection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
let dir: string;
const taskQueue = 'integration-skn-fetch-watch';

beforeAll(async () => {
  fx = await startDevServerFixture();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skn-watch-int-'));
  connection = await NativeConnection.connect({ address: fx.server.address });
  const outbox = new FsOutbox(path.join(dir, 'outbox'));
  await outbox.place({
    letterId: 'GM0599-2026-0001.saldoverzoek.belastingdienst.1',
    caseReference: 'GM0599-2026-0001',
    kind: 'saldoverzoek',
    subject: 'Verzoek om saldo-opgave',
    recipientType: 'creditor',
    recipientKey: 'belastingdienst',
    sha256: 'd'.repeat(64),
    bytes: 1,
    pages: 1,
    // Monday 2 Nov 2026: the last fetch day was Monday 9 Nov.
    placedAt: '2026-11-02T10:00:00.000Z',
  });
  worker = await Worker.create({
    connection,
    namespace: fx.namespace,
    taskQueue,
    workflowsPath: require.resolve('../../workflows/skn/fetch-watch'),
    activities: createSknFetchWatchActivities({
      creditorLetters: () => outbox.creditorLetters(),
      fetchLog: new MemorySknFetchLog(),
      deliveryLog: new FsDeliveryLog(path.join(dir, 'delivery-log')),
      notifications: new FileNotificationStore(path.join(dir, 'notifications')),
      covered: () => true,
      caseOf: async () => ({ officerId: 'medewerker-001', gemeente: 'GM0599' }),
      // A pinned clock: the run happens on 1 Dec 2026, whatever today is.
      now: () => new Date('2026-12-01T05:15:00.000Z'),
    }),
    dataConverter: testDataConverter,
  });
  running = worker.run();
}, 180_000);
afterAll(async () => {
  await fx?.client.schedule
    .getHandle(SKN_FETCH_WATCH_SCHEDULE_ID)
    .delete()
    .catch(() => undefined);
  worker?.shutdown();
  await running;
  await connection?.close();
  await fx?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('creates the daily schedule once, and a run marks the unfetched message for paper', async () => {
  expect(await ensureSknFetchWatchSchedule(fx.client, taskQueue)).toBe('created');
  expect(await ensureSknFetchWatchSchedule(fx.client, taskQueue)).toBe('exists');
  const handle = fx.client.schedule.getHandle(SKN_FETCH_WATCH_SCHEDULE_ID);
  const described = await handle.describe();
  expect(described.spec.timezone).toBe('Europe/Amsterdam');
  expect(described.spec.calendars?.[0]).toMatchObject({
    hour: [{ start: 6, end: 6, step: 1 }],
    minute: [{ start: 15, end: 15, step: 1 }],
  });
  expect(described.action).toMatchObject({
    type: 'startWorkflow',
    workflowType: 'sknFetchWatchWorkflow',
    taskQueue,
  });

  await handle.trigger();
  const log = new FsDeliveryLog(path.join(dir, 'delivery-log'));
  const end = Date.now() + 60_000;
  let entries = await log.list('GM0599-2026-0001.saldoverzoek.belastingdienst.1');
  while (!entries.length && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 300));
    entries = await log.list('GM0599-2026-0001.saldoverzoek.belastingdienst.1');
  }
  expect(entries).toEqual([expect.objectContaining({ channel: 'paper', outcome: 'queued' })]);
  const notified = await new FileNotificationStore(path.join(dir, 'notifications')).list();
  expect(notified.map((n) => n.audience).sort()).toEqual(['officer', 'supervisor']);
}, 120_000);
