import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A secret kept in the data folder for development: read it when it exists, otherwise create it once
 * (mode 0600). 'wx' keeps two processes starting at once from overwriting each other's fresh secret.
 */
export function readOrCreateDevSecret(file: string, create: () => string, log: (message: string) => void): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const value = create();
  try {
    fs.writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
  log(`Generated a development secret in ${file}. Configure it explicitly in production.`);
  return value;
}
