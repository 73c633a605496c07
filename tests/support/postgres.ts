import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '../../scripts/lib/dev-server';

/**
 * A throw-away PostgreSQL for a test: Debian's server binaries (initdb, postgres), a cluster in a temporary
 * folder owned by the `postgres` user, on a free loopback port, trust authentication. Where the binaries or
 * the user are missing, `startPostgres` returns the reason instead, so a test can skip and say why.
 */

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

function binDir(): string | undefined {
  const candidates = ['/usr/lib/postgresql'].flatMap((root) =>
    fs.existsSync(root)
      ? fs
          .readdirSync(root)
          .sort()
          .reverse()
          .map((v) => path.join(root, v, 'bin'))
      : [],
  );
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres')));
}

export async function startPostgres(): Promise<TestPostgres | string> {
  const bin = binDir();
  if (!bin) return 'no PostgreSQL server binaries under /usr/lib/postgresql (Debian package postgresql)';
  const asRoot = process.getuid?.() === 0;
  let uid: number | undefined;
  if (asRoot) {
    try {
      uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    } catch {
      return 'running as root and there is no postgres user to run the server as';
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-pg-'));
  const data = path.join(dir, 'data');
  if (uid !== undefined) fs.chownSync(dir, uid, uid);
  const run = (file: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' }) : execFileSync(file, args, { stdio: 'pipe' });
  run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const args = ['-D', data, '-p', String(port), '-k', dir, '-h', '127.0.0.1', '-c', 'fsync=off'];
  const child: ChildProcess = asRoot
    ? spawn('runuser', ['-u', 'postgres', '--', path.join(bin, 'postgres'), ...args], { stdio: 'ignore' })
    : spawn(path.join(bin, 'postgres'), args, { stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const { Client } = await import('pg');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        return `PostgreSQL did not start: ${String(error)}`;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        // runuser does not pass a signal on: pg_ctl stops the server itself.
        try {
          run(path.join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'immediate']);
        } catch {
          child.kill('SIGKILL');
        }
      }),
  };
}
