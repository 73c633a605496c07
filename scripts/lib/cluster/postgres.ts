import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Debian's PostgreSQL for `scripts/start --cluster`: a private instance under `<dataDir>/cluster/postgres`, on a
 * loopback port of its own, started and stopped here (pg_ctl). As root it runs as the `postgres` user (PostgreSQL
 * refuses to run as root). Password auth with a generated password kept beside the data (mode 0600).
 */

export interface Postgres {
  port: number;
  user: string;
  password: string;
  dataDir: string;
  start(): void;
  stop(mode?: 'fast' | 'immediate'): void;
  restart(): void;
  running(): boolean;
}

export function postgresBinDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL not found under /usr/lib/postgresql: run scripts/install-postgresql');
  return path.join(base, newest, 'bin');
}

const asRoot = process.getuid?.() === 0;

function run(bin: string, args: string[], options: { quiet?: boolean } = {}): void {
  const [cmd, full] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, full, { encoding: 'utf8', stdio: options.quiet ? 'pipe' : ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} ${args[0] ?? ''} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

/**
 * As root, the `postgres` user must be able to reach the data folder. A clone under /root (mode 700) is out of its
 * reach: then the data lives under /var/lib/schuldhulp-cluster/<hash> and `<clusterDir>/postgres` links to it.
 */
function reachableDataDir(clusterDir: string): string {
  const wanted = path.join(clusterDir, 'postgres');
  if (!asRoot) return wanted;
  if (spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', clusterDir]).status === 0) return wanted;
  const elsewhere = path.join('/var/lib/schuldhulp-cluster', createHash('sha256').update(clusterDir).digest('hex').slice(0, 12));
  fs.mkdirSync(path.dirname(elsewhere), { recursive: true, mode: 0o755 });
  fs.chmodSync(path.dirname(elsewhere), 0o755);
  fs.mkdirSync(elsewhere, { recursive: true, mode: 0o700 });
  execFileSync('chown', ['postgres:postgres', elsewhere]);
  if (!fs.existsSync(wanted)) fs.symlinkSync(elsewhere, wanted);
  console.warn(`PostgreSQL cannot reach ${clusterDir} as user postgres: its data is in ${elsewhere} (linked from ${wanted})`);
  return elsewhere;
}

export function preparePostgres(clusterDir: string, port: number): Postgres {
  const bin = postgresBinDir();
  fs.mkdirSync(clusterDir, { recursive: true });
  const dataDir = reachableDataDir(clusterDir);
  const passwordFile = path.join(clusterDir, 'postgres-password');
  const logFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.log`);
  fs.mkdirSync(clusterDir, { recursive: true });
  if (!fs.existsSync(passwordFile)) fs.writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const pwfile = path.join(path.dirname(dataDir), `.initdb-pw-${path.basename(dataDir)}`);
    fs.writeFileSync(pwfile, password, { mode: 0o600 });
    if (asRoot) {
      // The postgres user needs to reach its folder: every parent must be traversable.
      execFileSync('chown', ['postgres:postgres', dataDir, pwfile]);
    }
    try {
      run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'temporal', '--pwfile', pwfile, '--auth', 'scram-sha-256', '-E', 'UTF8', '--locale', 'C'], { quiet: true });
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
  if (asRoot) {
    // pg_ctl writes its log as postgres: create it for that user.
    if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
    execFileSync('chown', ['postgres:postgres', logFile]);
  }
  // Loopback TCP only, no Unix socket (its path would depend on where the clone lives).
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories= -c max_connections=200 -c fsync=on`;
  const pgCtl = path.join(bin, 'pg_ctl');
  const running = () =>
    spawnSync(asRoot ? 'runuser' : pgCtl, asRoot ? ['-u', 'postgres', '--', pgCtl, 'status', '-D', dataDir] : ['status', '-D', dataDir]).status === 0;
  return {
    port,
    user: 'temporal',
    password,
    dataDir,
    running,
    start: () => run(pgCtl, ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', options]),
    stop: (mode = 'fast') => {
      if (running()) run(pgCtl, ['stop', '-w', '-t', '60', '-m', mode, '-D', dataDir]);
    },
    restart: () => run(pgCtl, ['restart', '-w', '-t', '60', '-m', 'fast', '-D', dataDir, '-l', logFile, '-o', options]),
  };
}
