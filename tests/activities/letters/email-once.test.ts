import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createFsLetterStores, createLetterActivities } from '../../../activities/letters/activities';
import { parseKeyRing } from '../../../platform/encryption/key-ring';
import { exampleLetterInput, exampleLetterhead, examplePortalUrl } from '../../../activities/letters/examples';

/** E-mail at most once per letter, even when the worker dies between SMTP accepting the mail and the log line. */

const SECRET = 'email-once-test-secret-0123456789-0123456789';
const RING = parseKeyRing(`k1=${Buffer.alloc(32, 7).toString('base64')}`);
let root: string;
beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), 'email-once-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup(sendMail: (m: { messageId?: string }) => Promise<unknown>, crashOnDeliveredLog = false) {
  const stores = createFsLetterStores(root, SECRET, RING);
  const deliveryLog = crashOnDeliveredLog
    ? {
        ...stores.deliveryLog,
        list: stores.deliveryLog.list.bind(stores.deliveryLog),
        claimEmail: stores.deliveryLog.claimEmail.bind(stores.deliveryLog),
        releaseEmail: stores.deliveryLog.releaseEmail.bind(stores.deliveryLog),
        record: async (entry: Parameters<typeof stores.deliveryLog.record>[0]) => {
          if (entry.channel === 'email' && entry.outcome === 'delivered') throw new Error('worker killed');
          return stores.deliveryLog.record(entry);
        },
      }
    : stores.deliveryLog;
  return createLetterActivities({
    ...stores,
    deliveryLog,
    letterhead: exampleLetterhead,
    portalUrl: examplePortalUrl,
    mailer: { transport: { sendMail } as never, from: 'schuldhulp@voorbeeldstad.example' },
  });
}

it('a retry after a crash right after SMTP took the mail does not mail again', async () => {
  const sent: (string | undefined)[] = [];
  const sendMail = async (m: { messageId?: string }) => {
    sent.push(m.messageId);
    return { messageId: m.messageId };
  };
  const input = exampleLetterInput('kennisgeving');
  const crashing = setup(sendMail, true);
  const ref = await crashing.renderLetter(input);
  await expect(crashing.deliverLetter({ letterId: ref.letterId, recipient: input.recipient })).rejects.toThrow('worker killed');
  // The retry, on another worker (a fresh instance on the same stores).
  const retry = await setup(sendMail).deliverLetter({ letterId: ref.letterId, recipient: input.recipient });
  expect(retry.email).toBe('already-sent');
  expect(retry.outbox).toBe('already-placed');
  expect(sent).toEqual([`<${ref.letterId}@${new URL(examplePortalUrl).hostname}>`]);
});

it('two workers delivering the same letter at once mail it once', async () => {
  let calls = 0;
  const sendMail = async () => {
    calls += 1;
    await new Promise((r) => setTimeout(r, 20));
    return {};
  };
  const input = exampleLetterInput('saldoverzoek');
  const a = setup(sendMail);
  const ref = await a.renderLetter(input);
  const results = await Promise.all([a, setup(sendMail)].map((w) => w.deliverLetter({ letterId: ref.letterId, recipient: input.recipient })));
  expect(results.map((r) => r.email).sort()).toEqual(['already-sent', 'sent']);
  expect(calls).toBe(1);
});

it('a mail SMTP refused is sent on the next try', async () => {
  let calls = 0;
  const sendMail = async () => {
    calls += 1;
    if (calls === 1) throw new Error('421 try again later');
    return {};
  };
  const input = exampleLetterInput('noodstop');
  const w = setup(sendMail);
  const ref = await w.renderLetter(input);
  await expect(w.deliverLetter({ letterId: ref.letterId, recipient: input.recipient })).rejects.toThrow(/mislukt/);
  expect((await w.deliverLetter({ letterId: ref.letterId, recipient: input.recipient })).email).toBe('sent');
  expect(calls).toBe(2);
});
