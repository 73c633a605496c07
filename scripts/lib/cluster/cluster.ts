import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../../platform/config';
import { resolveAccessCodeSecret } from '../../../platform/access-code-secret';
import { resolveKeyRing } from '../../../platform/encryption/dev-key';
import { resolveTokens } from '../../../api/wiring';
import { supervise, type Supervised } from '../supervise';
import { readEnvFile, repoRoot } from './deploy-files';
import { portOr, withPort } from './ports';
import { postgresBinDir, preparePostgres, type Postgres } from './postgres';
import { initNamespace, pickServerPorts, prepareServer, setupSchema, type ServerProcess } from './temporal-server';
import { startUiServer } from './ui-server';

/**
 * The production topology on this machine (`scripts/start --cluster`): PostgreSQL, the Temporal server on it with
 * SQL visibility, N workers and M API instances on one task queue, the codec server and the Temporal Web UI.
 * Workers and API instances run supervised (restarted with a backoff when they die).
 */

export interface ClusterOptions {
  /** Everything of the cluster lives here: postgres/, temporal/, app/ (documents, outboxes, keys). */
  dir: string;
  workers?: number;
  apis?: number;
  /** Any free ports (tests, bench); otherwise the ports of deploy/*.env and 3000+ when free. */
  freePorts?: boolean;
  /** Extra environment for workers and API instances (SMTP for the fault tests, say). */
  env?: NodeJS.ProcessEnv;
  ui?: boolean;
  write?: (line: string, stream: 'out' | 'err') => void;
  say?: (message: string) => void;
}

export interface Cluster {
  postgres: Postgres;
  server: ServerProcess;
  workers: Supervised[];
  apis: Supervised[];
  codec: Supervised;
  ui?: ChildProcess;
  apiUrls: string[];
  uiUrl?: string;
  codecUrl: string;
  appDataDir: string;
  env: NodeJS.ProcessEnv;
  /** kill -9 of the Temporal server, then the same server again on the same ports. */
  killServer(): void;
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const say = options.say ?? ((m: string) => console.log(m));
  const dir = path.resolve(options.dir);
  const appDataDir = path.join(dir, 'app');
  fs.mkdirSync(appDataDir, { recursive: true });
  const free = options.freePorts ?? false;

  const postgres = preparePostgres(dir, await portOr(free ? undefined : 5432));
  postgres.stop('immediate'); // a left-over instance of an earlier run (its port may have changed)
  postgres.start();
  say(`PostgreSQL ${path.basename(path.dirname(postgresBinDir()))} (Debian's) on 127.0.0.1:${postgres.port}, data in ${postgres.dataDir}`);
  const server = prepareServer(dir, postgres, await pickServerPorts(free ? undefined : 7233));
  let serverChild: ChildProcess | undefined;
  try {
    setupSchema(postgres);
    serverChild = await server.start();
    say(`Temporal server v1.29.1 on PostgreSQL at ${server.address}; ${initNamespace(server.address)}`);
  } catch (error) {
    // Leave nothing running behind a failed start.
    server.child()?.kill('SIGKILL');
    postgres.stop('immediate');
    throw error;
  }

  const codecFile = readEnvFile('codec');
  const uiFile = readEnvFile('ui');
  const codecPort = await portOr(free ? undefined : Number(codecFile.SCHULDHULP_CODEC_PORT));
  const uiPort = await portOr(free ? undefined : Number(uiFile.TEMPORAL_UI_PORT));
  const codecUrl = withPort(uiFile.TEMPORAL_CODEC_ENDPOINT!, codecPort);
  const uiOrigin = withPort(codecFile.SCHULDHULP_CODEC_CORS_ORIGINS!, uiPort);
  const uiUrl = `http://localhost:${uiPort}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...readEnvFile('namespace'),
    ...options.env,
    TEMPORAL_ADDRESS: server.address,
    SCHULDHULP_DATA_DIR: appDataDir,
    SCHULDHULP_CODEC_PUBLIC_URL: codecUrl,
    TEMPORAL_UI_URL: uiUrl,
  };
  // Secrets made once here, before any child starts: two workers must never generate two different keys.
  const config = loadConfig(env);
  resolveKeyRing(config, say);
  resolveAccessCodeSecret(config, say);
  resolveTokens(config, () => undefined);

  const sup = (name: string, script: string, extra: NodeJS.ProcessEnv = {}) =>
    supervise(name, script, { cwd: repoRoot, env: { ...env, ...extra }, write: options.write, say: options.say });
  const codec = sup('codec', 'platform/codec-server/main.ts', { ...codecFile, SCHULDHULP_CODEC_PORT: String(codecPort), SCHULDHULP_CODEC_CORS_ORIGINS: uiOrigin });
  const workers = Array.from({ length: options.workers ?? 2 }, (_, i) => sup(`worker-${i + 1}`, 'workers/main.ts'));
  const apiUrls: string[] = [];
  const apis: Supervised[] = [];
  for (let i = 0; i < (options.apis ?? 2); i++) {
    const port = await portOr(free ? undefined : 3000 + i);
    const url = `http://localhost:${port}`;
    apiUrls.push(url);
    apis.push(sup(`api-${i + 1}`, 'api/main.ts', { SCHULDHULP_API_PORT: String(port), SCHULDHULP_API_PUBLIC_URL: url }));
  }
  const ui =
    options.ui === false
      ? undefined
      : startUiServer({ temporalAddress: server.address, port: uiPort, codecEndpoint: codecUrl, corsOrigin: uiOrigin, logFile: path.join(dir, 'temporal-ui.log') });

  const stopChild = (c: ChildProcess | undefined) =>
    new Promise<void>((resolve) => {
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      const t = setTimeout(() => c.kill('SIGKILL'), 15_000);
      c.once('exit', () => (clearTimeout(t), resolve()));
      c.kill('SIGTERM');
    });

  return {
    postgres,
    server,
    workers,
    apis,
    codec,
    ui,
    apiUrls,
    uiUrl: ui ? uiUrl : undefined,
    codecUrl,
    appDataDir,
    env,
    killServer: () => void serverChild?.kill('SIGKILL'),
    async startServer() {
      serverChild = await server.start();
    },
    async stop() {
      await Promise.all([...workers, ...apis, codec].map((s) => s.stop()));
      await stopChild(ui);
      await stopChild(serverChild);
      postgres.stop();
    },
  };
}
