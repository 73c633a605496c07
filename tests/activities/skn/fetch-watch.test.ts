import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FsDeliveryLog, FsOutbox, type OutboxEntry } from '../../../activities/letters';
import type { LetterKind } from '../../../activities/letters/registry';
import { FileNotificationStore } from '../../../activities/notifications/file-store';
import { SqliteSknFetchLog } from '../../../activities/skn/fetch-log-sqlite';
import { createSknFetchWatchActivities } from '../../../activities/skn/fetch-watch';

/** The daily SKN fetch watch over the real file stores and the SQLite fetch log. */

const REF = 'GM0599-2026-0001';
let dir: string;
let outbox: FsOutbox;
let deliveryLog: FsDeliveryLog;
let notifications: FileNotificationStore;
let fetchLog: SqliteSknFetchLog;
let apiFetchLog: SqliteSknFetchLog;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skn-watch-'));
  outbox = new FsOutbox(path.join(dir, 'outbox'));
  deliveryLog = new FsDeliveryLog(path.join(dir, 'delivery-log'));
  notifications = new FileNotificationStore(path.join(dir, 'notifications'));
  // Two handles on one file, as the API (writes fetches) and the worker (reads them) have.
  const file = path.join(dir, 'api', 'access-state.sqlite');
  apiFetchLog = new SqliteSknFetchLog(file);
  fetchLog = new SqliteSknFetchLog(file);
});
afterEach(async () => {
  await apiFetchLog.close();
  await fetchLog.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function place(kind: LetterKind, creditorId: string, placedAt: string): Promise<string> {
  const entry: OutboxEntry = {
    letterId: `${REF}.${kind}.${creditorId}.1`,
    caseReference: REF,
    kind,
    subject: kind,
    recipientType: 'creditor',
    recipientKey: creditorId,
    sha256: 'c'.repeat(64),
    bytes: 1,
    pages: 1,
    placedAt,
  };
  await outbox.place(entry);
  return entry.letterId;
}

const watch = (at: string) =>
  createSknFetchWatchActivities({
    creditorLetters: () => outbox.creditorLetters(),
    fetchLog,
    deliveryLog,
    notifications,
    covered: (creditorId, ref) => creditorId === 'belastingdienst' && ref.startsWith('GM0599-'),
    caseOf: async () => ({ officerId: 'medewerker-001', gemeente: 'GM0599' }),
    now: () => new Date(at),
  }).scanUnfetchedSknMessages();

it('marks an unfetched message for paper after its 5 werkdagen and notifies officer and supervisor, once', async () => {
  // Thursday 3 Dec 2026 (Amsterdam): the last fetch day is Thursday 10 Dec (Fri 4, Mon 7, Tue 8, Wed 9, Thu 10).
  const saldo = await place('saldoverzoek', 'belastingdienst', '2026-12-03T10:00:00.000Z');
  const kennisgeving = await place('kennisgeving', 'belastingdienst', '2026-12-03T10:00:00.000Z');
  await place('noodstop', 'belastingdienst', '2026-12-03T10:00:00.000Z'); // outside the SKN vocabulary
  await place('saldoverzoek', 'eneco', '2026-12-03T10:00:00.000Z'); // no SKN credential: portal and paper anyway
  await place('herinnering-saldoverzoek', 'belastingdienst', '2026-12-08T10:00:00.000Z'); // last day 15 Dec
  await apiFetchLog.record({
    letterId: kennisgeving,
    credentialId: 'skn-bd',
    at: '2026-12-10T15:00:00.000Z',
  });

  // Thursday 10 Dec 23:30 in Amsterdam: still the last day.
  expect(await watch('2026-12-10T22:30:00.000Z')).toEqual({ messages: 3, overdue: 0, marked: 0 });
  // Friday 11 Dec 06:15 in Amsterdam, when the schedule runs.
  expect(await watch('2026-12-11T05:15:00.000Z')).toEqual({ messages: 3, overdue: 1, marked: 1 });

  expect(await deliveryLog.list(saldo)).toEqual([
    {
      letterId: saldo,
      attempt: 1,
      channel: 'paper',
      outcome: 'queued',
      at: '2026-12-11T05:15:00.000Z',
      detail:
        'niet opgehaald bij het Schuldenknooppunt binnen 5 werkdagen (uiterlijk 2026-12-10): per post versturen',
    },
  ]);
  const sent = (await notifications.list()).sort((a, b) => a.audience.localeCompare(b.audience));
  expect(sent.map((n) => [n.audience, n.kind, n.officerId, n.caseId, n.deadline])).toEqual([
    ['officer', 'officer-task', 'medewerker-001', `case-${REF}`, '2026-12-10'],
    ['supervisor', 'deadline-breached', 'medewerker-001', `case-${REF}`, '2026-12-10'],
  ]);
  expect(sent[0]!.message).toBe(
    `Saldoverzoek aan schuldeiser belastingdienst is niet binnen 5 werkdagen opgehaald bij het Schuldenknooppunt (uiterlijk 2026-12-10): stuur brief ${saldo} per post.`,
  );

  // The next morning: nothing new; a late fetch does not undo the paper letter.
  await apiFetchLog.record({ letterId: saldo, credentialId: 'skn-bd', at: '2026-12-11T09:00:00.000Z' });
  expect(await watch('2026-12-12T05:15:00.000Z')).toEqual({ messages: 3, overdue: 1, marked: 0 });
  expect(await notifications.list()).toHaveLength(2);
  expect(await deliveryLog.list(saldo)).toHaveLength(1);
});

it('counts from the Amsterdam day a message was placed (23:30 UTC is already the next day)', async () => {
  // Wednesday 2 Dec 23:30 UTC is Thursday 3 Dec 00:30 in Amsterdam: last fetch day Thursday 10 Dec.
  await place('betaalvoorstel', 'belastingdienst', '2026-12-02T23:30:00.000Z');
  expect(await watch('2026-12-10T22:59:00.000Z')).toMatchObject({ overdue: 0 });
  expect(await watch('2026-12-10T23:01:00.000Z')).toMatchObject({ overdue: 1, marked: 1 });
});

it('does nothing without SKN configuration', async () => {
  await place('saldoverzoek', 'belastingdienst', '2026-01-05T10:00:00.000Z');
  expect(await createSknFetchWatchActivities(undefined).scanUnfetchedSknMessages()).toEqual({
    messages: 0,
    overdue: 0,
    marked: 0,
  });
});
