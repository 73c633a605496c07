import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../scripts/lib/dev-server';

/**
 * A throw-away PostgreSQL for one test file: Debian's server binaries (package postgresql), a cluster in a temporary
 * folder on a free loopback port, trust authentication; as root it runs as the `postgres` user. Returns the reason
 * instead when the binaries are missing, so the test can say why it did not run.
 */
export async function throwawayPostgres(): Promise<{ url: string; stop(): Promise<void> } | string> {
  const base = '/usr/lib/postgresql';
  const version = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
        .sort()
        .at(-1)
    : undefined;
  if (!version) return 'no PostgreSQL server under /usr/lib/postgresql (Debian package postgresql)';
  const bin = path.join(base, version, 'bin');
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-reporting-pg-'));
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const command = (file: string, args: string[]): [string, string[]] =>
    asRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, file), ...args]]
      : [path.join(bin, file), args];
  const data = path.join(dir, 'data');
  execFileSync(...command('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']), {
    stdio: 'pipe',
  });
  const port = await freePort();
  const [cmd, args] = command('postgres', [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-h',
    '127.0.0.1',
    '-c',
    'fsync=off',
  ]);
  const server = spawn(cmd, args, { stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (const end = Date.now() + 20_000; ;) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > end || server.exitCode !== null) {
        server.kill('SIGKILL');
        return `PostgreSQL did not start: ${String(error)}`;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url,
    stop: async () => {
      execFileSync(...command('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']), { stdio: 'pipe' });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
