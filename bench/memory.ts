import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import { DEFAULT_WORKER_MAX_CACHED_WORKFLOWS } from '../platform/config';
import { aanmeldingSchema } from '../domain/records';
import { exampleAanmeldingInput } from '../tests/support/aanmelding';
import { pool, type BenchEnv } from './support/environment';
import type { WorkerProcessOptions, WorkerProcessStats } from './support/worker-process';

/**
 * Benchmark 4: K open cases parked on their statutory timers (waiting for the eerste gesprek). The worker runs in a
 * process of its own (bench/support/worker-process.ts), so RSS is the worker's: SDK, core, activities and the
 * workflow thread whose V8 heap holds the cached workflows. For each cache setting a fresh worker process is started
 * (nothing cached: every case replays its history on its first query), every case is queried once (the time this
 * takes is the resume time), then RSS and the heaps are read after a GC.
 */
export interface MemoryFigure {
  label: string;
  maxCachedWorkflows: number;
  /** The worker process before it received any task. */
  idleRssMiB: number;
  rssMiB: number;
  mainHeapMiB: number;
  workflowThreadHeapMiB: number;
  /** (RSS − idle RSS) / workflows held in the cache. */
  kibPerCachedWorkflow: number;
  resumeSeconds: number;
}
export interface MemoryResult {
  cases: number;
  startSeconds: number;
  figures: MemoryFigure[];
}

export interface WorkerProcessConfig {
  label: string;
  /** undefined: the SDK default (derived from the heap limit). */
  maxCachedWorkflows?: number;
  reuseV8Context?: boolean;
  workflowThreadPoolSize?: number;
}

export interface WorkerProcessHandle {
  stats(): Promise<WorkerProcessStats>;
  stop(): Promise<void>;
}

/** Forks bench/support/worker-process.ts (via tsx) and waits until it polls. */
export async function startWorkerProcess(
  env: BenchEnv,
  bundlePath: string,
  config: WorkerProcessConfig,
): Promise<WorkerProcessHandle> {
  const options: WorkerProcessOptions = {
    address: env.server.address,
    namespace: 'schuldhulp',
    taskQueue: env.taskQueue,
    bundlePath,
    dataDir: env.dataDir,
    maxCachedWorkflows: config.maxCachedWorkflows,
    reuseV8Context: config.reuseV8Context,
    workflowThreadPoolSize: config.workflowThreadPoolSize,
  };
  const child: ChildProcess = fork(path.join(__dirname, 'support/worker-process.ts'), [JSON.stringify(options)], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    void exited.then((code) => reject(new Error(`bench worker process exited (${code}) before it was ready`)));
  });
  return {
    stats: () =>
      new Promise((resolve) => {
        const onMessage = (message: { type: string; stats?: WorkerProcessStats }) => {
          if (message.type !== 'stats') return;
          child.off('message', onMessage);
          resolve(message.stats!);
        };
        child.on('message', onMessage);
        child.send({ cmd: 'stats' });
      }),
    async stop() {
      child.send({ cmd: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const threadHeap = (s: WorkerProcessStats) => Math.round(s.threads.reduce((sum, t) => sum + t.usedMiB, 0) * 10) / 10;

/** Queries every case once (a query that times out is asked again); returns the seconds until all answered. */
async function queryAll(env: BenchEnv, ids: string[]): Promise<number> {
  const t0 = Date.now();
  let retries = 0;
  await pool(ids, 50, async (id) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await env.service.status(id);
      } catch (error) {
        if (attempt >= 3) throw error;
        retries++;
      }
    }
  });
  if (retries > 0) console.error(`bench memory: ${retries} queries timed out and were asked again`);
  return (Date.now() - t0) / 1000;
}

/** Writes the env's bundle to a file the worker processes load. */
export function writeBundle(env: BenchEnv): string {
  const bundlePath = path.join(env.dataDir, 'workflow-bundle.js');
  fs.writeFileSync(bundlePath, env.bundle.code);
  return bundlePath;
}

/** Starts K cases that park on the eerste-gesprek timer; returns their ids and the seconds it took. */
export async function parkCases(env: BenchEnv, bundlePath: string, k: number, prefix = 'PARK') {
  const example = exampleAanmeldingInput();
  const aanmelding = aanmeldingSchema.parse({ ...example, requestDate: amsterdamDateOf(Date.now()), creditors: [], claims: [] });
  const worker = await startWorkerProcess(env, bundlePath, { label: 'start', maxCachedWorkflows: 100 });
  const t0 = Date.now();
  const ids = await pool(Array.from({ length: k }, (_, i) => i), 50, async (i) => (await env.service.start(`${prefix}-${i}`, aanmelding)).caseId);
  await queryAll(env, ids); // every case has run its first workflow task and is parked
  const startSeconds = (Date.now() - t0) / 1000;
  await worker.stop();
  return { ids, startSeconds };
}

/** A fresh worker process with `config`: time until every case answers a query, then its memory. */
export async function measureResume(env: BenchEnv, bundlePath: string, ids: string[], config: WorkerProcessConfig): Promise<MemoryFigure> {
  const worker = await startWorkerProcess(env, bundlePath, config);
  try {
    const idle = await worker.stats();
    const resumeSeconds = await queryAll(env, ids);
    const s = await worker.stats();
    const cached = Math.min(ids.length, s.maxCachedWorkflows);
    return {
      label: config.label,
      maxCachedWorkflows: s.maxCachedWorkflows,
      idleRssMiB: idle.rssMiB,
      rssMiB: s.rssMiB,
      mainHeapMiB: s.mainHeapMiB,
      workflowThreadHeapMiB: threadHeap(s),
      kibPerCachedWorkflow: cached > 0 ? Math.round(((s.rssMiB - idle.rssMiB) * 1024) / cached) : 0,
      resumeSeconds,
    };
  } finally {
    await worker.stop();
  }
}

export async function benchMemory(env: BenchEnv, opts: { cases?: number; tunedCache?: number } = {}): Promise<MemoryResult> {
  const k = opts.cases ?? 2000;
  const tuned = opts.tunedCache ?? DEFAULT_WORKER_MAX_CACHED_WORKFLOWS;
  const bundlePath = writeBundle(env);
  const { ids, startSeconds } = await parkCases(env, bundlePath, k);
  const figures: MemoryFigure[] = [];
  figures.push(await measureResume(env, bundlePath, ids, { label: 'SDK default' }));
  figures.push(await measureResume(env, bundlePath, ids, { label: 'production default', maxCachedWorkflows: tuned }));
  return { cases: k, startSeconds, figures };
}

export function formatFigure(f: MemoryFigure): string {
  return (
    `${f.label} (maxCachedWorkflows ${f.maxCachedWorkflows}): RSS ${f.rssMiB} MiB (idle ${f.idleRssMiB}), ` +
    `workflow-thread heap ${f.workflowThreadHeapMiB} MiB, main heap ${f.mainHeapMiB} MiB, ` +
    `${f.kibPerCachedWorkflow} KiB per cached workflow; every case answers again ${f.resumeSeconds.toFixed(1)} s after a restart`
  );
}

export function formatMemory(r: MemoryResult): string[] {
  return [
    `| 4. worker memory, ${r.cases} parked cases (worker in its own process) | ${r.figures.map(formatFigure).join('; ')} | ` +
      `started and parked in ${r.startSeconds.toFixed(1)} s | target RSS < 1 GiB at 10,000 (npm run bench -- --only memory --parked 10000) |`,
  ];
}
