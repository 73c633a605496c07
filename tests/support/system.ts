import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '../../scripts/lib/dev-server';

/**
 * README command 1 (`scripts/start.ts`) on free ports with a fresh data folder, for tests that drive the whole
 * running system: dev server, worker, codec server, API and console.
 */

export const root = path.resolve(__dirname, '../..');

export interface RunningSystem {
  child: ChildProcess;
  env: NodeJS.ProcessEnv;
  ports: { grpc: number; ui: number; codec: number; api: number };
  dataDir: string;
  /** http://localhost:<api port> */
  baseUrl: string;
  output(): string;
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** The development token of a role, from <dataDir>/dev-api-tokens.json. */
  token(role: 'officer' | 'supervisor' | 'waarborgfonds'): string;
  /** SIGINT and wait for the exit; SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<number | null>;
}

export async function startSystem(
  extraEnv: NodeJS.ProcessEnv = {},
  prefix = 'schuldhulp-system-',
): Promise<RunningSystem> {
  const ports = {
    grpc: await freePort(),
    ui: await freePort(),
    codec: await freePort(),
    api: await freePort(),
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const baseUrl = `http://localhost:${ports.api}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SCHULDHULP_DATA_DIR: dataDir,
    SCHULDHULP_DEV_SERVER_PORT: String(ports.grpc),
    SCHULDHULP_DEV_UI_PORT: String(ports.ui),
    SCHULDHULP_CODEC_PORT: String(ports.codec),
    SCHULDHULP_CODEC_PUBLIC_URL: `http://localhost:${ports.codec}`,
    SCHULDHULP_CODEC_CORS_ORIGINS: `http://localhost:${ports.ui}`,
    TEMPORAL_ADDRESS: `127.0.0.1:${ports.grpc}`,
    TEMPORAL_UI_URL: `http://localhost:${ports.ui}`,
    SCHULDHULP_API_PORT: String(ports.api),
    SCHULDHULP_API_PUBLIC_URL: baseUrl,
    SCHULDHULP_PORTAL_URL: `${baseUrl}/schuldeisers`,
    ...extraEnv,
  };
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));

  const waitForOutput = (pattern: RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output}`)),
        timeoutMs,
      );
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`start exited with ${code}:\n${output}`));
      });
      check();
    });

  const system: RunningSystem = {
    child,
    env,
    ports,
    dataDir,
    baseUrl,
    output: () => output,
    waitForOutput,
    token(role) {
      const tokens = JSON.parse(fs.readFileSync(path.join(dataDir, 'dev-api-tokens.json'), 'utf8')) as {
        token: string;
        role: string;
      }[];
      const found = tokens.find((t) => t.role === role);
      if (!found) throw new Error(`no development token for ${role}`);
      return found.token;
    },
    stop(graceMs = 20_000) {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', (code) => {
          clearTimeout(kill);
          resolve(code);
        });
        child.kill('SIGINT');
      });
    },
  };
  return system;
}

/** Waits until the system says everything is up: dev server, worker polling, API listening. */
export async function startedSystem(
  extraEnv: NodeJS.ProcessEnv = {},
  prefix?: string,
): Promise<RunningSystem> {
  const system = await startSystem(extraEnv, prefix);
  try {
    await system.waitForOutput(/schuldhulp is running/, 120_000);
    await system.waitForOutput(/\[worker\] worker polling/, 120_000);
    await system.waitForOutput(/\[api\] API listening/, 120_000);
  } catch (error) {
    await system.stop(1000);
    throw error;
  }
  return system;
}
