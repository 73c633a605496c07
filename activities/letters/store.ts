import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { openDocument, sealDocument } from '../../platform/encryption/document-cipher';
import type { KeyRing } from '../../platform/encryption/key-ring';
import type { LetterKind } from './registry';
import type { RecipientType } from './schemas';
import { createExclusive, exists, readIfExists, safeSegment, writeAtomic } from './fs-util';

/**
 * The document store: one PDF per letter id, content-addressed by sha256. The first document stored for a
 * letter id stays; a second put for that id returns the first (so a retried render never makes a second one).
 * Production adds an S3-compatible implementation of the same interface (put the index object with
 * If-None-Match: * for the same first-writer-wins rule).
 */

/** What travels through workflow history: small, no bytes of the document. */
export interface LetterRef {
  letterId: string;
  sha256: string;
  bytes: number;
  pages: number;
  /** ISO timestamp of the first store. */
  storedAt: string;
}

/** The stored record: the reference plus what the outbox and delivery need. No personal data. */
export interface StoredLetter extends LetterRef {
  kind: LetterKind;
  caseReference: string;
  recipientType: RecipientType;
  /** creditorId, residentId or "waarborgfonds". */
  recipientKey: string;
  /** The letter's subject line (templates keep names out of it). */
  subject: string;
}

export type StoredLetterMeta = Omit<StoredLetter, 'letterId' | 'sha256' | 'bytes' | 'storedAt'>;

export interface DocumentStore {
  /** Stores the PDF unless this letter id already has one; returns the record that is stored. */
  put(
    letterId: string,
    pdf: Buffer,
    meta: StoredLetterMeta,
  ): Promise<{ record: StoredLetter; created: boolean }>;
  /** The record and the bytes (checked against the sha256), or undefined. */
  get(letterId: string): Promise<{ record: StoredLetter; pdf: Buffer } | undefined>;
  /** The record only. */
  head(letterId: string): Promise<StoredLetter | undefined>;
  has(letterId: string): Promise<boolean>;
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Filesystem store under `root` (by default `<dataDir>/letters/documents`):
 *   documents/sha256/ab/<sha256>.pdf.sealed   the PDF encrypted with the key ring (document-cipher.ts),
 *                                             content-addressed by the sha256 of the PDF itself, so the hash
 *                                             and idempotency are those of the document, not of its ciphertext
 *   index/<letterId>.json                     the record (no personal data), created exclusively
 * A letter names its resident (name, address, birth date): no plain PDF is ever written to disk.
 */
export class FsDocumentStore implements DocumentStore {
  constructor(
    private readonly root: string,
    private readonly ring: KeyRing,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private indexPath(letterId: string): string {
    return path.join(this.root, 'index', `${safeSegment(letterId, 'briefnummer')}.json`);
  }

  private blobPath(sha256: string): string {
    return path.join(this.root, 'documents', 'sha256', sha256.slice(0, 2), `${sha256}.pdf.sealed`);
  }

  async put(
    letterId: string,
    pdf: Buffer,
    meta: StoredLetterMeta,
  ): Promise<{ record: StoredLetter; created: boolean }> {
    const indexFile = this.indexPath(letterId);
    const existing = await this.head(letterId);
    if (existing) return { record: existing, created: false };
    const sha256 = sha256Hex(pdf);
    const blob = this.blobPath(sha256);
    if (!(await exists(blob))) await writeAtomic(blob, sealDocument(this.ring, pdf, sha256));
    const record: StoredLetter = {
      letterId,
      sha256,
      bytes: pdf.length,
      pages: meta.pages,
      storedAt: this.now().toISOString(),
      kind: meta.kind,
      caseReference: meta.caseReference,
      recipientType: meta.recipientType,
      recipientKey: meta.recipientKey,
      subject: meta.subject,
    };
    const created = await createExclusive(indexFile, `${JSON.stringify(record, null, 2)}\n`);
    if (created) return { record, created };
    // Lost a race with a concurrent attempt: theirs is the document.
    const winner = await this.head(letterId);
    if (!winner) throw new Error(`Document ${letterId} verdween tijdens het opslaan`);
    return { record: winner, created: false };
  }

  /** A plain `<sha256>.pdf` from before encryption at rest: sealed on first read, the plain file removed. */
  private async migrateLegacy(sha256: string): Promise<Buffer | undefined> {
    const legacy = this.blobPath(sha256).replace(/\.sealed$/, '');
    const pdf = await readIfExists(legacy);
    if (!pdf || sha256Hex(pdf) !== sha256) return pdf;
    await writeAtomic(this.blobPath(sha256), sealDocument(this.ring, pdf, sha256));
    await fs.rm(legacy, { force: true });
    return pdf;
  }

  async head(letterId: string): Promise<StoredLetter | undefined> {
    const raw = await readIfExists(this.indexPath(letterId));
    return raw ? (JSON.parse(raw.toString('utf8')) as StoredLetter) : undefined;
  }

  async has(letterId: string): Promise<boolean> {
    return exists(this.indexPath(letterId));
  }

  async get(letterId: string): Promise<{ record: StoredLetter; pdf: Buffer } | undefined> {
    const record = await this.head(letterId);
    if (!record) return undefined;
    const sealed = await readIfExists(this.blobPath(record.sha256));
    const pdf = sealed ? openDocument(this.ring, sealed, record.sha256) : await this.migrateLegacy(record.sha256);
    if (!pdf) throw new Error(`Document ${letterId}: inhoud ${record.sha256} ontbreekt in de opslag`);
    if (sha256Hex(pdf) !== record.sha256)
      throw new Error(`Document ${letterId}: inhoud beschadigd (sha256 klopt niet)`);
    return { record, pdf };
  }
}

export function letterRef(record: StoredLetter): LetterRef {
  return {
    letterId: record.letterId,
    sha256: record.sha256,
    bytes: record.bytes,
    pages: record.pages,
    storedAt: record.storedAt,
  };
}
