import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../config';
import { formatKeyRing, parseKeyRing, type KeyRing } from './key-ring';

/**
 * The key ring for this process. Configured keys win; without them (development and tests only,
 * production refuses to start) a development key is generated once into the data folder and reused,
 * so cases stay readable across restarts.
 */
export function resolveKeyRing(config: Config, log: (message: string) => void = console.log): KeyRing {
  if (config.encryptionKeys) return parseKeyRing(config.encryptionKeys);
  if (config.env === 'production') throw new Error('SCHULDHULP_ENCRYPTION_KEYS: required in production');
  const file = path.join(config.dataDir, 'dev-encryption-keys');
  if (fs.existsSync(file)) return parseKeyRing(fs.readFileSync(file, 'utf8').trim(), file);
  const ring: KeyRing = { currentKeyId: 'dev-1', keys: new Map([['dev-1', randomBytes(32)]]) };
  fs.mkdirSync(config.dataDir, { recursive: true });
  // 'wx': two processes starting at once must not overwrite each other's fresh key.
  try {
    fs.writeFileSync(file, `${formatKeyRing(ring)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parseKeyRing(fs.readFileSync(file, 'utf8').trim(), file);
    throw error;
  }
  log(`Generated a development encryption key in ${file}. Set SCHULDHULP_ENCRYPTION_KEYS in production.`);
  return ring;
}
