import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Connection } from '@temporalio/client';
import { deployPath, readEnvFile, repoRoot } from './deploy-files';
import { freeLowPort, portOr } from './ports';
import type { Postgres } from './postgres';

/**
 * The real Temporal server (v1.29.1, built by scripts/install-temporal-server) on PostgreSQL, with SQL advanced
 * visibility in its own database. Schema, namespace and search attributes come from deploy/temporal/*.sh, the
 * scripts docker-compose.yml runs; dynamic config from deploy/dynamicconfig/schuldhulp.yaml, the file it mounts.
 */

export const toolsBin = path.join(repoRoot, '.tools/bin');

function moduleDir(): string {
  const marker = path.join(toolsBin, '.temporal-server-module');
  if (!fs.existsSync(marker)) throw new Error('Temporal server not built: run scripts/install-temporal-server');
  return fs.readFileSync(marker, 'utf8').trim();
}

export interface ServerPorts {
  frontend: number;
  frontendHttp: number;
  history: number;
  matching: number;
  worker: number;
  membership: [number, number, number, number];
}

/** Free ports below 32768; the frontend on `frontend` (7233) when that one is free. */
export async function pickServerPorts(frontend?: number): Promise<ServerPorts> {
  const p = freeLowPort;
  const wanted = frontend ? await portOr(frontend) : undefined;
  return {
    frontend: wanted && wanted < 32768 ? wanted : await p(),
    frontendHttp: await p(),
    history: await p(),
    matching: await p(),
    worker: await p(),
    membership: [await p(), await p(), await p(), await p()],
  };
}

export function serverConfigYaml(pg: Pick<Postgres, 'port' | 'user' | 'password'>, ports: ServerPorts): string {
  const store = (db: string, conns: number) => `      sql:
        pluginName: postgres12
        databaseName: ${db}
        connectAddr: "127.0.0.1:${pg.port}"
        connectProtocol: tcp
        user: ${pg.user}
        password: "${pg.password}"
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: 1h`;
  const service = (grpc: number, membership: number, http?: number) => `    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnLocalHost: true${http ? `\n      httpPort: ${http}` : ''}`;
  return `# Written by scripts/start --cluster (scripts/lib/cluster/temporal-server.ts); rewritten at every start.
log:
  stdout: true
  level: warn
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: 4
  datastores:
    postgres-default:
${store('temporal', 20)}
    postgres-visibility:
${store('temporal_visibility', 10)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
services:
  frontend:
${service(ports.frontend, ports.membership[0], ports.frontendHttp)}
  history:
${service(ports.history, ports.membership[1])}
  matching:
${service(ports.matching, ports.membership[2])}
  worker:
${service(ports.worker, ports.membership[3])}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: "127.0.0.1:${ports.frontend}"
dcRedirectionPolicy:
  policy: noop
dynamicConfigClient:
  filepath: "${deployPath('dynamicConfig')}"
  pollInterval: 10s
`;
}

function sqlEnv(pg: Pick<Postgres, 'port' | 'user' | 'password'>): NodeJS.ProcessEnv {
  return { ...process.env, SQL_PLUGIN: 'postgres12', SQL_HOST: '127.0.0.1', SQL_PORT: String(pg.port), SQL_USER: pg.user, SQL_PASSWORD: pg.password };
}

/** deploy/temporal/schema.sh with the Go-built SQL tool and the module's own schema/postgresql/v12. */
export function setupSchema(pg: Pick<Postgres, 'port' | 'user' | 'password'>): void {
  const result = spawnSync('sh', [deployPath('schema')], {
    env: { ...sqlEnv(pg), SQL_TOOL: path.join(toolsBin, 'temporal-sql-tool'), SCHEMA_DIR: path.join(moduleDir(), 'schema/postgresql/v12') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`schema setup failed: ${result.stderr}${result.stdout}`);
}

/** deploy/temporal/init.sh with the Go-built Temporal CLI: namespace and search attributes. */
export function initNamespace(address: string): string {
  const result = spawnSync('sh', [deployPath('init')], {
    env: { ...process.env, TEMPORAL_ADDRESS: address, TEMPORAL_CLI: path.join(toolsBin, 'temporal') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`namespace init failed: ${result.stderr}${result.stdout}`);
  return result.stdout.trim();
}

export async function waitForFrontend(address: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`Temporal server exited (${child.exitCode}) during start`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`Temporal server not serving at ${address} after ${timeoutMs} ms: ${String(last)}`);
}

export interface ServerProcess {
  address: string;
  namespace: string;
  start(): Promise<ChildProcess>;
  child(): ChildProcess | undefined;
}

/** Writes the config and returns a handle that (re)starts the server on the same ports. */
export function prepareServer(clusterDir: string, pg: Postgres, ports: ServerPorts): ServerProcess {
  const root = path.join(clusterDir, 'temporal');
  fs.mkdirSync(path.join(root, 'config'), { recursive: true });
  fs.writeFileSync(path.join(root, 'config', 'cluster.yaml'), serverConfigYaml(pg, ports), { mode: 0o600 });
  const address = `127.0.0.1:${ports.frontend}`;
  const namespace = readEnvFile('namespace').TEMPORAL_NAMESPACE!;
  let current: ChildProcess | undefined;
  return {
    address,
    namespace,
    child: () => current,
    async start() {
      const log = fs.openSync(path.join(clusterDir, 'temporal-server.log'), 'a');
      current = spawn(path.join(toolsBin, 'temporal-server'), ['--root', root, '--config', 'config', '--env', 'cluster', '--allow-no-auth', 'start'], {
        stdio: ['ignore', log, log],
      });
      fs.closeSync(log);
      await waitForFrontend(address, 90_000, current);
      return current;
    },
  };
}
