import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The configuration files docker-compose.yml and `scripts/start --cluster` share (one source, so the two cannot
 * drift; tests/unit/platform/compose.test.ts proves compose uses these very files). Paths relative to the repo.
 */
export const deployFiles = {
  dynamicConfig: 'deploy/dynamicconfig/schuldhulp.yaml',
  namespace: 'deploy/temporal/namespace.env',
  searchAttributes: 'deploy/temporal/search-attributes.txt',
  init: 'deploy/temporal/init.sh',
  schema: 'deploy/temporal/schema.sh',
  codec: 'deploy/codec.env',
  ui: 'deploy/temporal-ui.env',
} as const;

export const repoRoot = path.resolve(__dirname, '../../..');

export function deployPath(file: keyof typeof deployFiles): string {
  return path.join(repoRoot, deployFiles[file]);
}

/** `KEY=value` lines of an env file as docker compose reads them (comments and blank lines skipped). */
export function parseEnvFile(text: string): Record<string, string> {
  const entries: [string, string][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    if (at <= 0) throw new Error(`not KEY=value: ${line}`);
    entries.push([line.slice(0, at), line.slice(at + 1)]);
  }
  return Object.fromEntries(entries);
}

export function readEnvFile(file: 'namespace' | 'codec' | 'ui'): Record<string, string> {
  return parseEnvFile(fs.readFileSync(deployPath(file), 'utf8'));
}

/** search-attributes.txt as `{ name, type }` in file order. */
export function readSearchAttributeFile(): { name: string; type: string }[] {
  return fs
    .readFileSync(deployPath('searchAttributes'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [name, type] = l.split('=');
      return { name: name!, type: type! };
    });
}
