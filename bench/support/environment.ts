import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { freePort, startDevServer, type DevServer } from '../../scripts/lib/dev-server';
import { execFileSync } from 'node:child_process';
import { startCluster } from '../../scripts/lib/cluster/cluster';
import { postgresBinDir } from '../../scripts/lib/cluster/postgres';
import { CaseService } from '../../services/cases';
import { bundleCaseWorkflows } from '../../workers/bundle-options';
import { createBenchActivities } from './activities';
import { benchDataConverter } from './data-converter';

/** A fresh dev server (temp SQLite file) or cluster server (PostgreSQL) and a client; workers per measurement. */
export interface BenchEnv {
  server: Pick<DevServer, 'address' | 'stop'> & {
    /** Cluster only: bytes in the `temporal` and `temporal_visibility` databases now. */
    databaseBytes?(): { temporal: number; visibility: number; tables?: Record<string, number> };
  };
  /** 'dev': the CLI dev server on SQLite (README command 1); 'cluster': Temporal 1.29.1 on PostgreSQL (--cluster). */
  backend: 'dev' | 'cluster';
  client: Client;
  service: CaseService;
  dataDir: string;
  taskQueue: string;
  bundle: { code: string };
  newWorker(options?: { maxCachedWorkflows?: number }): Promise<{ worker: Worker; stop(): Promise<void> }>;
  close(): Promise<void>;
}

export { benchDataConverter };

let runtimeInstalled = false;
/** The Temporal core runtime can be installed once per process; every benchmark calls this first. */
export function installBenchRuntime(): void {
  if (runtimeInstalled) return;
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  runtimeInstalled = true;
}

let bundle: Promise<{ code: string }> | undefined;
/** The bench worker's workflow bundle (every real workflow plus the baselines), made once per process. */
export function benchBundle(): Promise<{ code: string }> {
  bundle ??= bundleCaseWorkflows({ workflowsPath: require.resolve('./workflows'), logger: new DefaultLogger('ERROR') });
  return bundle;
}

async function startBackend(backend: 'dev' | 'cluster', dataDir: string): Promise<BenchEnv['server']> {
  if (backend === 'dev') {
    return startDevServer({
      dbFile: path.join(dataDir, 'temporal.sqlite'),
      namespace: 'schuldhulp',
      port: await freePort(),
      logFile: path.join(dataDir, 'dev-server.log'),
    });
  }
  // The cluster's PostgreSQL and Temporal server only: the bench runs its own workers and API.
  const cluster = await startCluster({ dir: path.join(dataDir, 'cluster'), freePorts: true, workers: 0, apis: 0, ui: false, say: () => undefined, write: () => undefined });
  const pg = cluster.postgres;
  return {
    address: cluster.server.address,
    stop: () => cluster.stop(),
    databaseBytes() {
      const psql = (db: string, sql: string) =>
        execFileSync(path.join(postgresBinDir(), 'psql'), ['-h', '127.0.0.1', '-p', String(pg.port), '-U', pg.user, '-d', db, '-tAc', sql], {
          env: { ...process.env, PGPASSWORD: pg.password },
          encoding: 'utf8',
        }).trim();
      const [temporal, visibility] = psql('temporal', "select pg_database_size('temporal') || ' ' || pg_database_size('temporal_visibility')").split(' ').map(Number);
      // The tables that grow with cases: history, mutable state, timers and the visibility rows (with indexes).
      const size = (db: string, table: string) => Number(psql(db, `select pg_total_relation_size('${table}')`));
      const tables = {
        history_node: size('temporal', 'history_node'),
        executions: size('temporal', 'executions'),
        timer_tasks: size('temporal', 'timer_tasks'),
        executions_visibility: size('temporal_visibility', 'executions_visibility'),
      };
      return { temporal: temporal!, visibility: visibility!, tables };
    },
  };
}

export async function createBenchEnv(backend: 'dev' | 'cluster' = 'dev'): Promise<BenchEnv> {
  installBenchRuntime();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-bench-'));
  fs.chmodSync(dataDir, 0o755); // the cluster's PostgreSQL runs as the postgres user and must reach its folder
  const server = await startBackend(backend, dataDir);
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, namespace: 'schuldhulp', dataConverter: benchDataConverter });
  const taskQueue = 'bench';
  const bundle = await benchBundle();
  const activities = createBenchActivities({
    dataDir,
    accessCodeSecret: 'bench-secret-'.repeat(4),
    portalUrl: 'http://localhost:3000/schuldeisers',
  });
  return {
    server,
    backend,
    client,
    service: new CaseService(client, taskQueue),
    dataDir,
    taskQueue,
    bundle,
    async newWorker(options = {}) {
      const nativeConnection = await NativeConnection.connect({ address: server.address });
      const worker = await Worker.create({
        connection: nativeConnection,
        namespace: 'schuldhulp',
        taskQueue,
        workflowBundle: bundle,
        activities,
        dataConverter: benchDataConverter,
        maxCachedWorkflows: options.maxCachedWorkflows,
      });
      const running = worker.run();
      return {
        worker,
        async stop() {
          worker.shutdown();
          await running;
          await nativeConnection.close();
        },
      };
    },
    async close() {
      await connection.close();
      await server.stop();
    },
  };
}

/** Runs `task` over `items` with at most `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!, index);
      }
    }),
  );
  return results;
}

export async function poll<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error('bench: condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
