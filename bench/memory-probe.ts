import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { CaseService } from '../services/cases';
import { createBenchEnv, pool, type BenchEnv } from './support/environment';
import { formatFigure, measureResume, parkCases, startWorkerProcess, type WorkerProcessConfig } from './memory';
import { workflowPreloadModules } from '../workers/bundle-options';

/**
 * Where does a cached workflow's memory go? `npx tsx bench/memory-probe.ts --k 300` runs the same measurement as
 * benchmark 4 (fresh worker process, every workflow queried once, RSS and heaps after a GC) over variants:
 *   trivial/trivial   the baseline workflow in a bundle of its own
 *   trivial/full      the same workflow in the full bundle (every workflow module, zod and the domain schemas)
 *   trivial/preload   the same workflow in the full bundle with zod and the domain modules preloaded
 *   case/full         parked cases (benchmark 4)
 *   case/preload      parked cases, bundle with the stateless modules preloaded into the shared V8 context
 *   case/no-reuse     parked cases, reuseV8Context false (one V8 context per workflow)
 * --only a,b picks variants by name.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { k: { type: 'string' }, only: { type: 'string' } } });
  const k = Number(values.k ?? 300);
  const only = values.only?.split(',');
  const env = await createBenchEnv();
  const logger = new DefaultLogger('ERROR');
  const bundles: Record<string, string> = {};
  async function bundle(name: string, workflowsPath: string, preloadModules?: string[]): Promise<string> {
    if (bundles[name]) return bundles[name];
    const code = (await bundleWorkflowCode({ workflowsPath, logger, preloadModules })).code;
    const file = path.join(env.dataDir, `bundle-${name}.js`);
    fs.writeFileSync(file, code);
    console.log(`bundle ${name}: ${(code.length / 1024).toFixed(0)} KiB`);
    return (bundles[name] = file);
  }
  const full = require.resolve('./support/workflows');
  const trivial = require.resolve('./support/trivial-workflow');

  async function parkTrivial(e: BenchEnv, bundlePath: string): Promise<string[]> {
    const worker = await startWorkerProcess(e, bundlePath, { label: 'start', maxCachedWorkflows: 100 });
    const ids = await pool(Array.from({ length: k }, (_, i) => `TRIVIAL-${e.taskQueue}-${i}`), 50, async (id) => {
      await e.client.workflow.start('trivialWorkflow', { taskQueue: e.taskQueue, workflowId: id });
      return id;
    });
    await worker.stop();
    return ids;
  }
  async function measureTrivial(e: BenchEnv, bundlePath: string, ids: string[], config: WorkerProcessConfig) {
    // The built-in metadata query makes each workflow replay into the cache, like the case status query.
    const queryEnv = {
      ...e,
      service: { status: (id: string) => e.client.workflow.getHandle(id).query('__temporal_workflow_metadata') },
    } as unknown as BenchEnv;
    return measureResume(queryEnv, bundlePath, ids, config);
  }

  const variants: { name: string; run(): Promise<string> }[] = [
    {
      name: 'trivial/trivial',
      async run() {
        const e = { ...env, taskQueue: 'probe-trivial' };
        const b = await bundle('trivial', trivial);
        return formatFigure(await measureTrivial(e, b, await parkTrivial(e, b), { label: 'trivial/trivial' }));
      },
    },
    {
      name: 'trivial/full',
      async run() {
        const e = { ...env, taskQueue: 'probe-trivial-full' };
        const b = await bundle('full', full);
        return formatFigure(await measureTrivial(e, b, await parkTrivial(e, b), { label: 'trivial/full' }));
      },
    },
    {
      name: 'trivial/preload',
      async run() {
        const e = { ...env, taskQueue: 'probe-trivial-preload' };
        const b = await bundle('preload', full, [...workflowPreloadModules]);
        return formatFigure(await measureTrivial(e, b, await parkTrivial(e, b), { label: 'trivial/preload' }));
      },
    },
    ...(
      [
        ['case/full', 'full', undefined, {}],
        ['case/preload', 'preload', workflowPreloadModules, {}],
        ['case/no-reuse', 'full', undefined, { reuseV8Context: false }],
      ] as const
    ).map(([name, bundleName, preload, extra]) => ({
      name,
      async run() {
        const taskQueue = `probe-${name.replace('/', '-')}`;
        const e = { ...env, taskQueue, service: new CaseService(env.client, taskQueue) };
        const b = await bundle(bundleName, full, preload ? [...preload] : undefined);
        const { ids } = await parkCases(e, b, k, name.replace('/', '-').toUpperCase());
        return formatFigure(await measureResume(e, b, ids, { label: name, ...extra }));
      },
    })),
  ];
  try {
    for (const v of variants) {
      if (only && !only.includes(v.name)) continue;
      console.log(`${v.name}, ${k} workflows: ${await v.run()}`);
    }
  } catch (error) {
    console.error(error);
    throw error;
  } finally {
    await env.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
