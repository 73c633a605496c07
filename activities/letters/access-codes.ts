import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import * as path from 'node:path';
import { createExclusive, readIfExists } from './fs-util';

/**
 * Creditor access codes: one per (case, creditor), printed on every creditor letter that asks for an answer.
 *
 * - Deterministic: HMAC-SHA256(server secret, version ‖ caseReference ‖ creditorId), so a re-render, a retry or
 *   a second letter prints the same code, and nothing has to be stored to know it.
 * - Unguessable: 80 bits of the HMAC, 16 characters from a 32-letter alphabet without 0/O and 1/I, grouped
 *   in fours (K7QF-3MZP-W8HD-2RXT). Guessing needs about 2^79 tries; the portal must still rate-limit.
 * - Resolvable without knowing the case: an index maps sha256(code) → {caseReference, creditorId}; the code
 *   itself is never stored. A hit is re-checked against the HMAC with a constant-time compare.
 */

export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_LENGTH = 16;
const GROUP = 4;
const VERSION = 'schuldhulp/access-code/v1';

export interface AccessCodeOwner {
  caseReference: string;
  creditorId: string;
}

export interface AccessCodeIndex {
  /** Idempotent: putting the same hash twice is fine. */
  put(codeHash: string, owner: AccessCodeOwner): Promise<void>;
  get(codeHash: string): Promise<AccessCodeOwner | undefined>;
}

export interface AccessCodeService {
  /** The code for this case and creditor (pure; nothing stored). */
  codeFor(caseReference: string, creditorId: string): string;
  /** The code, registered in the lookup index so the portal can resolve it. */
  issue(caseReference: string, creditorId: string): Promise<string>;
  /** Which case and creditor a typed code belongs to; undefined for an unknown or malformed code. */
  resolveAccessCode(code: string): Promise<AccessCodeOwner | undefined>;
  /** Constant-time check of a typed code against a known case and creditor. */
  verify(caseReference: string, creditorId: string, code: string): boolean;
}

/** Upper case, without spaces and dashes; undefined when it cannot be a code. */
export function normalizeAccessCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== CODE_LENGTH) return undefined;
  for (const ch of compact) if (!ACCESS_CODE_ALPHABET.includes(ch)) return undefined;
  return compact;
}

export function formatAccessCode(compact: string): string {
  return compact.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? compact;
}

export function accessCodeHash(compact: string): string {
  return createHash('sha256').update(`${VERSION}\0${compact}`).digest('hex');
}

/** First `length` characters of base32 over the bytes (5 bits per character). */
function base32(bytes: Buffer, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ACCESS_CODE_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

export function createAccessCodes(options: {
  secret: string | Buffer;
  index: AccessCodeIndex;
}): AccessCodeService {
  const secret = typeof options.secret === 'string' ? Buffer.from(options.secret, 'utf8') : options.secret;
  if (secret.length < 32) throw new Error('Het geheim voor toegangscodes moet minstens 32 bytes lang zijn');
  const { index } = options;

  const compactFor = (caseReference: string, creditorId: string): string => {
    if (!caseReference || !creditorId)
      throw new RangeError('dossier en schuldeiser zijn nodig voor een toegangscode');
    const mac = createHmac('sha256', secret).update(`${VERSION}\0${caseReference}\0${creditorId}`).digest();
    return base32(mac, CODE_LENGTH);
  };

  const equal = (a: string, b: string): boolean => {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  };

  return {
    codeFor: (caseReference, creditorId) => formatAccessCode(compactFor(caseReference, creditorId)),
    async issue(caseReference, creditorId) {
      const compact = compactFor(caseReference, creditorId);
      await index.put(accessCodeHash(compact), { caseReference, creditorId });
      return formatAccessCode(compact);
    },
    async resolveAccessCode(code) {
      const compact = normalizeAccessCode(code);
      if (!compact) return undefined;
      const owner = await index.get(accessCodeHash(compact));
      if (!owner) return undefined;
      // The index only says where to look; the secret decides.
      return equal(compactFor(owner.caseReference, owner.creditorId), compact) ? owner : undefined;
    },
    verify(caseReference, creditorId, code) {
      const compact = normalizeAccessCode(code) ?? '';
      return equal(compactFor(caseReference, creditorId), compact.padEnd(CODE_LENGTH, '?'));
    },
  };
}

/** Index files under `root` (by default `<dataDir>/letters/access-codes`): <sha256>.json → owner. */
export class FsAccessCodeIndex implements AccessCodeIndex {
  constructor(private readonly root: string) {}

  private file(codeHash: string): string {
    if (!/^[0-9a-f]{64}$/.test(codeHash)) throw new RangeError('ongeldige hash voor een toegangscode');
    return path.join(this.root, codeHash.slice(0, 2), `${codeHash}.json`);
  }

  async put(codeHash: string, owner: AccessCodeOwner): Promise<void> {
    await createExclusive(this.file(codeHash), JSON.stringify(owner));
  }

  async get(codeHash: string): Promise<AccessCodeOwner | undefined> {
    const raw = await readIfExists(this.file(codeHash));
    return raw ? (JSON.parse(raw.toString('utf8')) as AccessCodeOwner) : undefined;
  }
}

/** In-memory index, for tests and the example renderer. */
export class MemoryAccessCodeIndex implements AccessCodeIndex {
  private readonly entries = new Map<string, AccessCodeOwner>();

  async put(codeHash: string, owner: AccessCodeOwner): Promise<void> {
    if (!this.entries.has(codeHash)) this.entries.set(codeHash, owner);
  }

  async get(codeHash: string): Promise<AccessCodeOwner | undefined> {
    return this.entries.get(codeHash);
  }
}
