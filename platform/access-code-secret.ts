import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { Config } from './config';
import { readOrCreateDevSecret } from './dev-secret';

/** The secret behind creditor access codes: configured in production, generated once for development. */
export function resolveAccessCodeSecret(config: Config, log: (message: string) => void = console.log): string {
  if (config.letters.accessCodeSecret) return config.letters.accessCodeSecret;
  if (config.env === 'production') throw new Error('SCHULDHULP_ACCESS_CODE_SECRET: required in production');
  return readOrCreateDevSecret(path.join(config.dataDir, 'dev-access-code-secret'), () => randomBytes(48).toString('base64'), log);
}
