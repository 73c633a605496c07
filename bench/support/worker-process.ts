/**
 * The memory benchmark's worker, in a process of its own so that its RSS is the worker's alone (no client, no
 * bench bookkeeping). Started by bench/memory.ts with `node --expose-gc --import tsx`, configured by one JSON
 * argument, driven over IPC:
 *   parent → { cmd: 'stats' }  child → { type: 'stats', stats: WorkerProcessStats }
 *   parent → { cmd: 'stop' }   child shuts the worker down and exits.
 * The child sends { type: 'ready' } once it polls.
 *
 * The workflow sandboxes live in the SDK's workflow worker thread(s), whose V8 heap `process.memoryUsage()` does not
 * show (it reports the main isolate). To see it, worker_threads.Worker is wrapped before the SDK creates its threads:
 * each thread gets a SharedArrayBuffer through workerData and, when asked, collects garbage and writes its
 * v8.getHeapStatistics() there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as workerThreads from 'node:worker_threads';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createBenchActivities } from './activities';
import { benchDataConverter } from './data-converter';

export interface WorkerProcessOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  /** The bundle's code, written to a file by the parent (bundled once per run). */
  bundlePath: string;
  dataDir: string;
  maxCachedWorkflows?: number;
  reuseV8Context?: boolean;
  workflowThreadPoolSize?: number;
}

export interface ThreadHeap {
  usedMiB: number;
  totalMiB: number;
  externalMiB: number;
}
export interface WorkerProcessStats {
  rssMiB: number;
  /** Main isolate: the SDK, core bridge buffers, activities. */
  mainHeapMiB: number;
  /** One entry per workflow thread: where the cached workflows live. */
  threads: ThreadHeap[];
  /** The SDK's resolved cache size (its default is derived from the heap limit). */
  maxCachedWorkflows: number;
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

// --- per-thread heap statistics ------------------------------------------------------------------------------

const SLOTS = 4; // request flag, used, total, external
const threadBuffers: Float64Array[] = [];

const threadPrelude = `
const v8 = require('node:v8');
const { workerData } = require('node:worker_threads');
const cells = new Float64Array(workerData.benchHeap);
setInterval(() => {
  if (cells[0] !== 1) return;
  if (typeof gc === 'function') { gc(); gc(); }
  const s = v8.getHeapStatistics();
  cells[1] = s.used_heap_size; cells[2] = s.total_heap_size; cells[3] = s.external_memory ?? 0;
  cells[0] = 2;
}, 50).unref();
require(workerData.benchTarget);
`;

const OriginalWorker = workerThreads.Worker;
class MeasuredWorker extends OriginalWorker {
  constructor(filename: string | URL, options: workerThreads.WorkerOptions = {}) {
    const sab = new SharedArrayBuffer(SLOTS * 8);
    threadBuffers.push(new Float64Array(sab));
    super(threadPrelude, {
      ...options,
      eval: true,
      workerData: { ...(options.workerData ?? {}), benchHeap: sab, benchTarget: String(filename) },
    });
  }
}
// The module object itself (a namespace import is read-only): the SDK reads `.Worker` from it when it starts threads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('node:worker_threads') as { Worker: typeof OriginalWorker }).Worker = MeasuredWorker;

async function threadHeaps(): Promise<ThreadHeap[]> {
  for (const cells of threadBuffers) cells[0] = 1;
  const end = Date.now() + 30_000;
  while (threadBuffers.some((cells) => cells[0] !== 2) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return threadBuffers.map((cells) => ({ usedMiB: mib(cells[1]!), totalMiB: mib(cells[2]!), externalMiB: mib(cells[3]!) }));
}

async function stats(worker: Worker): Promise<WorkerProcessStats> {
  const threads = await threadHeaps();
  global.gc?.();
  return {
    rssMiB: mib(process.memoryUsage().rss),
    mainHeapMiB: mib(v8.getHeapStatistics().used_heap_size),
    threads,
    maxCachedWorkflows: worker.options.maxCachedWorkflows,
  };
}

// --- the worker ------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]!) as WorkerProcessOptions;
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: { codePath: path.resolve(options.bundlePath) },
    activities: createBenchActivities({
      dataDir: options.dataDir,
      accessCodeSecret: 'bench-secret-'.repeat(4),
      portalUrl: 'http://localhost:3000/schuldeisers',
    }),
    dataConverter: benchDataConverter,
    maxCachedWorkflows: options.maxCachedWorkflows,
    reuseV8Context: options.reuseV8Context,
    workflowThreadPoolSize: options.workflowThreadPoolSize,
  });
  const running = worker.run();
  process.on('message', (message: { cmd: string }) => {
    if (message.cmd === 'stats') {
      void stats(worker).then((s) => process.send?.({ type: 'stats', stats: s }));
    } else if (message.cmd === 'stop') {
      worker.shutdown();
    }
  });
  // An orphan would skew the next measurement: go when the bench process does.
  process.once('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready' });
  await running;
  await connection.close();
  process.exit(0);
}

if (require.main === module) {
  main().catch((error) => {
    fs.writeSync(2, `bench worker process: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
