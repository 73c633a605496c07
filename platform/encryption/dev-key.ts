import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { Config } from '../config';
import { readOrCreateDevSecret } from '../dev-secret';
import { formatKeyRing, parseKeyRing, type KeyRing } from './key-ring';

/**
 * The key ring for this process. Configured keys win; without them (development and tests only,
 * production refuses to start) a development key is generated once into the data folder and reused,
 * so cases stay readable across restarts.
 */
export function resolveKeyRing(config: Config, log: (message: string) => void = console.log): KeyRing {
  if (config.encryptionKeys) return parseKeyRing(config.encryptionKeys);
  if (config.env === 'production') throw new Error('SCHULDHULP_ENCRYPTION_KEYS: required in production');
  return devKeyRing(config.dataDir, log);
}

/** The development key ring of a data folder (`<dataDir>/dev-encryption-keys`), made on first use. */
export function devKeyRing(dataDir: string, log: (message: string) => void = console.log): KeyRing {
  const file = path.join(dataDir, 'dev-encryption-keys');
  const text = readOrCreateDevSecret(
    file,
    () => formatKeyRing({ currentKeyId: 'dev-1', keys: new Map([['dev-1', randomBytes(32)]]) }),
    () => log(`Generated a development encryption key in ${file}. Set SCHULDHULP_ENCRYPTION_KEYS in production.`),
  );
  return parseKeyRing(text, file);
}
