import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyRing } from './key-ring';

/**
 * Documents at rest (letters): AES-256-GCM with the payload codec's key ring, so one key rotation covers
 * both. The file is `SHD1 ‖ len(keyId) ‖ keyId ‖ iv ‖ ciphertext ‖ tag`; the key id says which key of the
 * ring opens it (old ids keep decrypting, new files use the current key). The caller's `context` (the
 * document's sha256) is authenticated too, so a file cannot be swapped for another one.
 */

const MAGIC = Buffer.from('SHD1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealDocument(ring: KeyRing, plain: Buffer, context: string): Buffer {
  const keyId = Buffer.from(ring.currentKeyId, 'utf8');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', ring.keys.get(ring.currentKeyId)!, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([keyId.length]), keyId, iv, body, cipher.getAuthTag()]);
}

export function isSealedDocument(data: Buffer): boolean {
  return data.length > MAGIC.length && data.subarray(0, MAGIC.length).equals(MAGIC);
}

/** The plain bytes; throws on an unknown key id or a file that was changed. */
export function openDocument(ring: KeyRing, sealed: Buffer, context: string): Buffer {
  if (!isSealedDocument(sealed)) throw new Error('document is not sealed');
  const idLength = sealed[MAGIC.length]!;
  const idStart = MAGIC.length + 1;
  const keyId = sealed.subarray(idStart, idStart + idLength).toString('utf8');
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`document sealed with unknown key id "${keyId}"`);
  const ivStart = idStart + idLength;
  if (sealed.length < ivStart + IV_BYTES + TAG_BYTES) throw new Error('document too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(ivStart, ivStart + IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(ivStart + IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
}
