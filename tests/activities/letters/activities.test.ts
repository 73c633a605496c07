import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import nodemailer from 'nodemailer';
import { createFsLetterStores, createLetterActivities } from '../../../activities/letters/activities';
import type { LetterMailer } from '../../../activities/letters/activities';
import {
  exampleCaseReference,
  exampleCreditor,
  exampleLetterInput,
  exampleLetterhead,
  examplePortalUrl,
  exampleResident,
} from '../../../activities/letters/examples';
import { FsDocumentStore, sha256Hex } from '../../../activities/letters/store';
import { parseKeyRing } from '../../../platform/encryption/key-ring';

const SECRET = 'activity-test-secret-0123456789-0123456789';
const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const RING = parseKeyRing(`k1=${key(1)}`);

function walk(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  } catch {
    return [];
  }
}

describe('letter activities', () => {
  let root: string;
  const clock = () => new Date('2026-11-23T09:15:00Z');
  const setup = (mailer?: LetterMailer) => {
    const stores = createFsLetterStores(root, SECRET, RING, clock);
    const activities = createLetterActivities({
      ...stores,
      letterhead: exampleLetterhead,
      portalUrl: examplePortalUrl,
      now: clock,
      ...(mailer ? { mailer } : {}),
    });
    return { ...stores, ...activities };
  };
  const documents = () => walk(path.join(root, 'documents', 'documents'));
  const indexEntries = () => walk(path.join(root, 'documents', 'index'));

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'letters-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  describe('renderLetter', () => {
    it('is idempotent: twice, then via a fresh instance on the same store, gives one document', async () => {
      const input = exampleLetterInput('kennisgeving');
      const first = setup();
      const a = await first.renderLetter(input);
      const b = await first.renderLetter(input);
      const c = await setup().renderLetter(input); // e.g. another worker after a crash
      expect(b).toEqual(a);
      expect(c).toEqual(a);
      expect(documents()).toHaveLength(1);
      expect(indexEntries()).toHaveLength(1);
    });

    it('two concurrent attempts still store one document', async () => {
      const input = exampleLetterInput('betaalvoorstel');
      const [a, b] = await Promise.all([setup().renderLetter(input), setup().renderLetter(input)]);
      expect(a).toEqual(b);
      expect(indexEntries()).toHaveLength(1);
    });

    it('returns only a small reference, never PDF bytes', async () => {
      const ref = await setup().renderLetter(exampleLetterInput('betaalvoorstel'));
      expect(Object.keys(ref).sort()).toEqual(['bytes', 'letterId', 'pages', 'sha256', 'storedAt']);
      expect(ref).toMatchObject({
        letterId: exampleLetterInput('betaalvoorstel').letterId,
        pages: 2,
        storedAt: '2026-11-23T09:15:00.000Z',
      });
      expect(JSON.stringify(ref).length).toBeLessThan(300);
      const stored = await setup().store.get(ref.letterId);
      expect(stored?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(sha256Hex(stored!.pdf)).toBe(ref.sha256);
      expect(stored!.pdf.length).toBe(ref.bytes);
    });

    it('stores identical letters once by content (same bytes, two ids share a blob)', async () => {
      const input = exampleLetterInput('einde-pauze');
      const { renderLetter } = setup();
      const a = await renderLetter(input);
      const b = await renderLetter({ ...input, letterId: `${input.letterId}-kopie` });
      // The kenmerk differs, so the bytes differ: two blobs. Same id is what dedupes, not content.
      expect(a.sha256).not.toBe(b.sha256);
      expect(indexEntries()).toHaveLength(2);
    });

    it('registers the creditor access code it prints, so the portal can resolve it', async () => {
      const { renderLetter, accessCodes } = setup();
      await renderLetter(exampleLetterInput('saldoverzoek'));
      const code = accessCodes.codeFor(exampleCaseReference, exampleCreditor.creditorId);
      expect(await accessCodes.resolveAccessCode(code)).toEqual({
        caseReference: exampleCaseReference,
        creditorId: exampleCreditor.creditorId,
      });
    });

    it('rejects bad input as a non-retryable failure naming the field', async () => {
      const input = exampleLetterInput('kennisgeving');
      const bad = { ...input, data: { ...input.data, pauseMonths: 6 } };
      const error = await setup()
        .renderLetter(bad as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApplicationFailure);
      expect((error as ApplicationFailure).nonRetryable).toBe(true);
      expect((error as ApplicationFailure).type).toBe('LetterInputError');
      expect((error as ApplicationFailure).message).toContain("veld 'data.pauseMonths'");
      expect(indexEntries()).toHaveLength(0);
    });

    it('refuses to reuse a letter id for another kind', async () => {
      const { renderLetter } = setup();
      const input = exampleLetterInput('saldoverzoek');
      await renderLetter(input);
      const other = { ...exampleLetterInput('herinnering-saldoverzoek'), letterId: input.letterId };
      const error = await renderLetter(other).catch((e: unknown) => e);
      expect((error as ApplicationFailure).type).toBe('LetterIdConflict');
      expect((error as ApplicationFailure).nonRetryable).toBe(true);
    });
  });

  describe('deliverLetter', () => {
    it('puts the letter in the creditor outbox once, queryable by case and creditor', async () => {
      const { renderLetter, deliverLetter, outbox, deliveryLog } = setup();
      const input = exampleLetterInput('kennisgeving');
      const ref = await renderLetter(input);
      const first = await deliverLetter({ letterId: ref.letterId, recipient: input.recipient });
      const again = await deliverLetter({ letterId: ref.letterId, recipient: input.recipient });
      expect(first).toEqual({ letterId: ref.letterId, outbox: 'placed', email: 'skipped' });
      expect(again.outbox).toBe('already-placed');
      const entries = await outbox.forCreditor(exampleCaseReference, exampleCreditor.creditorId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ letterId: ref.letterId, kind: 'kennisgeving', sha256: ref.sha256 });
      expect(await outbox.forCreditor(exampleCaseReference, 'CR-9999')).toEqual([]);
      const log = await deliveryLog.list(ref.letterId);
      expect(log.map((l) => `${l.channel}:${l.outcome}`)).toEqual([
        'outbox:delivered',
        'email:skipped',
        'outbox:already-delivered',
        'email:skipped',
      ]);
    });

    it('resident letters go to the resident outbox', async () => {
      const { renderLetter, deliverLetter, outbox } = setup();
      const input = exampleLetterInput('beschikking-toelating');
      const ref = await renderLetter(input);
      await deliverLetter({ letterId: ref.letterId, recipient: input.recipient });
      expect((await outbox.forResident(exampleResident.residentId)).map((e) => e.letterId)).toEqual([
        ref.letterId,
      ]);
    });

    it('mails the PDF once when SMTP is configured', async () => {
      const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
      const sendMail = jest.spyOn(transport, 'sendMail');
      const { renderLetter, deliverLetter } = setup({ transport, from: 'schuldhulp@voorbeeldstad.example' });
      const input = exampleLetterInput('betaalvoorstel');
      const ref = await renderLetter(input);
      expect(await deliverLetter({ letterId: ref.letterId, recipient: input.recipient })).toMatchObject({
        email: 'sent',
      });
      expect(await deliverLetter({ letterId: ref.letterId, recipient: input.recipient })).toMatchObject({
        email: 'already-sent',
      });
      expect(sendMail).toHaveBeenCalledTimes(1);
      const info = (await sendMail.mock.results[0]!.value) as { message: Buffer; envelope: { to: string[] } };
      expect(info.envelope.to).toEqual([exampleCreditor.email]);
      const message = info.message.toString('utf8');
      expect(message).toContain('application/pdf');
      expect(message).toContain(`filename=${ref.letterId}.pdf`);
    });

    it('a failing SMTP server: logged without personal data, thrown as retryable, then sent on retry', async () => {
      const failing = {
        sendMail: jest
          .fn()
          .mockRejectedValue(new Error(`Can't send mail to ${exampleCreditor.email}: ECONNREFUSED`)),
      };
      const input = exampleLetterInput('noodstop');
      const broken = setup({ transport: failing, from: 'schuldhulp@voorbeeldstad.example' });
      const ref = await broken.renderLetter(input);
      const error = await broken
        .deliverLetter({ letterId: ref.letterId, recipient: input.recipient })
        .catch((e) => e);
      expect(error).toBeInstanceOf(ApplicationFailure);
      expect((error as ApplicationFailure).nonRetryable).toBe(false);
      expect((error as Error).message).not.toContain(exampleCreditor.email!);

      const working = setup({
        transport: nodemailer.createTransport({ jsonTransport: true }),
        from: 'x@example.org',
      });
      expect(await working.deliverLetter({ letterId: ref.letterId, recipient: input.recipient })).toEqual({
        letterId: ref.letterId,
        outbox: 'already-placed',
        email: 'sent',
      });
      const log = await working.deliveryLog.list(ref.letterId);
      expect(log.map((l) => `${l.channel}:${l.outcome}`)).toEqual([
        'outbox:delivered',
        'email:failed',
        'outbox:already-delivered',
        'email:delivered',
      ]);
      const raw = walk(path.join(root, 'delivery-log'))
        .map((f) => readFileSync(f, 'utf8'))
        .join('');
      expect(raw).toContain('ECONNREFUSED');
      expect(raw).not.toContain(exampleCreditor.email!);
      expect(raw).not.toContain(exampleCreditor.name);
      expect(raw).not.toContain('Kühn');
    });

    it('refuses a recipient the letter was not made for, and a letter that was never rendered', async () => {
      const { renderLetter, deliverLetter } = setup();
      const input = exampleLetterInput('kennisgeving');
      const ref = await renderLetter(input);
      const other = { ...exampleCreditor, creditorId: 'CR-0099' };
      const wrong = await deliverLetter({ letterId: ref.letterId, recipient: other }).catch((e) => e);
      expect((wrong as ApplicationFailure).type).toBe('LetterIdConflict');
      const missing = await deliverLetter({
        letterId: 'SHV-1.kennisgeving.CR-1.1',
        recipient: exampleCreditor,
      }).catch((e) => e);
      expect((missing as ApplicationFailure).type).toBe('LetterNotRendered');
    });
  });
});

describe('documents at rest', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'letters-at-rest-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes no raw document file that holds %PDF or the resident; the download is the PDF with its own hash', async () => {
    const stores = createFsLetterStores(root, SECRET, RING);
    const activities = createLetterActivities({ ...stores, letterhead: exampleLetterhead, portalUrl: examplePortalUrl });
    const ref = await activities.renderLetter(exampleLetterInput('saldoverzoek'));
    const files = walk(root);
    expect(files.length).toBeGreaterThan(0);
    const names = [exampleResident.name, ...exampleResident.name.split(' ').filter((w) => w.length > 3)];
    for (const file of files) {
      const raw = readFileSync(file);
      expect(raw.includes('%PDF')).toBe(false);
      for (const name of names) expect(raw.toString('latin1').includes(name)).toBe(false);
    }
    const stored = await stores.store.get(ref.letterId);
    expect(stored!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256Hex(stored!.pdf)).toBe(ref.sha256);
  });

  it('rotates keys: documents of the old key still open, new ones use the current key, an unknown key fails', async () => {
    const store = (ring: string) => new FsDocumentStore(path.join(root, 'documents'), parseKeyRing(ring));
    const meta = {
      kind: 'kennisgeving' as const,
      caseReference: exampleCaseReference,
      recipientType: 'creditor' as const,
      recipientKey: exampleCreditor.creditorId,
      subject: 'Kennisgeving',
      pages: 1,
    };
    const before = Buffer.from('%PDF-1.7 written under k1');
    await store(`k1=${key(1)}`).put('GM0599-2026-0001.kennisgeving.a.1', before, meta);
    const rotated = store(`k2=${key(2)},k1=${key(1)}`);
    const after = Buffer.from('%PDF-1.7 written under k2');
    await rotated.put('GM0599-2026-0001.kennisgeving.a.2', after, meta);
    expect((await rotated.get('GM0599-2026-0001.kennisgeving.a.1'))!.pdf).toEqual(before);
    expect((await rotated.get('GM0599-2026-0001.kennisgeving.a.2'))!.pdf).toEqual(after);
    const sealedNew = readFileSync(path.join(root, 'documents', 'documents', 'sha256', sha256Hex(after).slice(0, 2), `${sha256Hex(after)}.pdf.sealed`));
    expect(sealedNew.subarray(5, 7).toString()).toBe('k2');
    // A plain PDF from before encryption at rest is sealed on first read.
    const legacy = Buffer.from('%PDF-1.7 stored before encryption');
    await rotated.put('GM0599-2026-0001.kennisgeving.a.3', legacy, meta);
    const blob = path.join(root, 'documents', 'documents', 'sha256', sha256Hex(legacy).slice(0, 2), `${sha256Hex(legacy)}.pdf`);
    renameSync(`${blob}.sealed`, blob);
    writeFileSync(blob, legacy);
    expect((await rotated.get('GM0599-2026-0001.kennisgeving.a.3'))!.pdf).toEqual(legacy);
    expect(existsSync(blob)).toBe(false);
    expect(readFileSync(`${blob}.sealed`).includes('%PDF')).toBe(false);
    // Without k1 the old document no longer opens (and says which key it needs).
    await expect(store(`k2=${key(2)}`).get('GM0599-2026-0001.kennisgeving.a.1')).rejects.toThrow(/k1/);
  });
});

