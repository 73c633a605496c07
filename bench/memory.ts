import { amsterdamDateOf } from '../domain/amsterdam-time';
import { aanmeldingSchema } from '../domain/records';
import { exampleAanmeldingInput } from '../tests/support/aanmelding';
import { pool, type BenchEnv } from './support/environment';

/**
 * Benchmark 4: K open cases parked on their statutory timers (waiting for the eerste gesprek). Worker RSS and
 * V8 heap once every case has been touched, with the SDK's default cache and with a tuned maxCachedWorkflows;
 * then a worker restart and the time until every case answers a query again (each replays its history).
 * The worker runs in this process, so RSS includes the client: the figure is an upper bound for the worker.
 */
export interface MemoryFigure {
  maxCachedWorkflows: number | 'default';
  rssMiB: number;
  heapMiB: number;
}
export interface MemoryResult {
  cases: number;
  figures: MemoryFigure[];
  resumeSeconds: number;
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function touchAll(env: BenchEnv, ids: string[]) {
  await pool(ids, 50, (id) => env.service.status(id));
}

export async function benchMemory(env: BenchEnv, opts: { cases?: number; tunedCache?: number } = {}): Promise<MemoryResult> {
  const k = opts.cases ?? 2000;
  const tuned = opts.tunedCache ?? 250;
  const example = exampleAanmeldingInput();
  const aanmelding = aanmeldingSchema.parse({ ...example, requestDate: amsterdamDateOf(Date.now()), creditors: [], claims: [] });
  const figures: MemoryFigure[] = [];

  let worker = await env.newWorker();
  const ids = await pool(Array.from({ length: k }, (_, i) => i), 50, async (i) => (await env.service.start(`PARK-${i}`, aanmelding)).caseId);
  await touchAll(env, ids);
  global.gc?.();
  figures.push({ maxCachedWorkflows: 'default', rssMiB: mib(process.memoryUsage().rss), heapMiB: mib(process.memoryUsage().heapUsed) });
  await worker.stop();

  worker = await env.newWorker({ maxCachedWorkflows: tuned });
  const t0 = Date.now();
  await touchAll(env, ids); // nothing cached after the restart: every case replays
  const resumeSeconds = (Date.now() - t0) / 1000;
  global.gc?.();
  figures.push({ maxCachedWorkflows: tuned, rssMiB: mib(process.memoryUsage().rss), heapMiB: mib(process.memoryUsage().heapUsed) });
  await worker.stop();
  return { cases: k, figures, resumeSeconds };
}

export function formatMemory(r: MemoryResult): string[] {
  return [
    `| 4. worker memory, ${r.cases} parked cases | ${r.figures
      .map((f) => `maxCachedWorkflows ${f.maxCachedWorkflows}: RSS ${f.rssMiB} MiB, heap ${f.heapMiB} MiB`)
      .join('; ')} | after a worker restart every case answers a query again in ${r.resumeSeconds.toFixed(1)} s | target RSS < 1 GiB at 10,000 (npm run bench -- --parked 10000) |`,
  ];
}
