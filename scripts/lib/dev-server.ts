import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Connection } from '@temporalio/client';
import { customSearchAttributes } from './search-attribute-registry';

/** Launches the Go-built Temporal CLI dev server (SQLite file, Web UI) for `scripts/start` and the tests. */

export const temporalCliPath = path.resolve(__dirname, '../../.tools/bin/temporal');
export const javaTestServerPath = path.resolve(__dirname, '../temporal-test-server');

export interface DevServerOptions {
  dbFile: string;
  namespace: string;
  port: number;
  uiPort?: number;
  /** Without a UI port the Web UI is off (tests). */
  codecEndpoint?: string;
  logFile?: string;
  /** Extra `--dynamic-config-value KEY=VALUE` pairs. */
  dynamicConfig?: Record<string, unknown>;
}

export interface DevServer {
  address: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Ports this process has handed out: the OS may offer a just-closed port again, and two servers cannot share it. */
const handedOut = new Set<number>();

/** A loopback port no one listens on, never one this process handed out before (e.g. grpc, ui, codec, api). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}

/** Ports already given to a server of this system (from configuration): freePort() never picks them. */
export function reservePorts(...ports: (number | undefined)[]): void {
  for (const port of ports) if (port) handedOut.add(port);
}

export function devServerArgs(options: DevServerOptions, extraPorts: { http: number; metrics: number }): string[] {
  const args = [
    'server', 'start-dev',
    '--db-filename', options.dbFile,
    '--ip', '127.0.0.1',
    '--port', String(options.port),
    '--http-port', String(extraPorts.http),
    '--metrics-port', String(extraPorts.metrics),
    '--namespace', options.namespace,
    // WAL: a killed or restarted server keeps every committed case.
    '--sqlite-pragma', 'journal_mode=wal',
    '--log-format', 'json',
    '--log-level', 'warn',
  ];
  for (const { name, type } of customSearchAttributes) args.push('--search-attribute', `${name}=${type}`);
  for (const [key, value] of Object.entries(options.dynamicConfig ?? {})) {
    args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  }
  if (options.uiPort) {
    args.push('--ui-port', String(options.uiPort));
    if (options.codecEndpoint) args.push('--ui-codec-endpoint', options.codecEndpoint);
  } else {
    args.push('--headless');
  }
  return args;
}

async function waitUntilServing(address: string, namespace: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Temporal dev server exited with code ${child.exitCode} during start`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`Temporal dev server not serving namespace ${namespace} at ${address} after ${timeoutMs} ms: ${String(lastError)}`);
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  if (!fs.existsSync(temporalCliPath)) {
    throw new Error(`Temporal CLI not found at ${temporalCliPath}: run scripts/setup first`);
  }
  fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
  reservePorts(options.port, options.uiPort);
  const args = devServerArgs(options, { http: await freePort(), metrics: await freePort() });
  const log = options.logFile ? fs.openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(temporalCliPath, args, { stdio: ['ignore', log, log] });
  const address = `127.0.0.1:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(killTimer);
        resolve();
      });
      child.kill('SIGINT');
    });
  try {
    await waitUntilServing(address, options.namespace, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    address,
    uiUrl: options.uiPort ? `http://localhost:${options.uiPort}` : undefined,
    process: child,
    stop,
  };
}
