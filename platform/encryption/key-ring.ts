/** Encryption keys by id: the current key encrypts, every listed key decrypts (key rotation). */
export interface KeyRing {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Parses `id=base64,id2=base64`; the first entry is the current key. Errors name the variable. */
export function parseKeyRing(text: string, variable = 'SCHULDHULP_ENCRYPTION_KEYS'): KeyRing {
  const keys = new Map<string, Buffer>();
  const entries = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const id = eq > 0 ? entry.slice(0, eq) : '';
    if (!KEY_ID.test(id)) throw new Error(`${variable}: each key is written as keyId=base64Key (key id: letters, digits, . _ -)`);
    const key = Buffer.from(entry.slice(eq + 1), 'base64');
    if (key.length !== 32) throw new Error(`${variable}: key "${id}" must be 32 bytes (AES-256), base64-encoded; got ${key.length}`);
    if (keys.has(id)) throw new Error(`${variable}: key id "${id}" appears twice`);
    keys.set(id, key);
  }
  const currentKeyId = entries.length ? [...keys.keys()][0] : undefined;
  if (!currentKeyId) throw new Error(`${variable}: no key given`);
  return { currentKeyId, keys };
}

export function formatKeyRing(ring: KeyRing): string {
  const ordered = [ring.currentKeyId, ...[...ring.keys.keys()].filter((id) => id !== ring.currentKeyId)];
  return ordered.map((id) => `${id}=${ring.keys.get(id)!.toString('base64')}`).join(',');
}
