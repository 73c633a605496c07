import * as path from 'node:path';
import { bundleWorkflowCode, type Logger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/**
 * Modules the workflow bundle evaluates once per workflow thread instead of once per cached workflow.
 *
 * With `reuseV8Context` (the SDK default) every workflow gets its own webpack module cache, so every cached
 * workflow evaluated again each module its workflow file imports — zod and the domain schemas built with it — and
 * kept those objects while cached: ~2.2 MiB of worker RSS per cached case (bench/MEMORY-NOTES.md). Modules listed
 * here are evaluated once when the thread's context is set up, before any workflow, shared by all workflows of the
 * thread and deep-frozen by the SDK (`bundlerOptions.preloadModules`).
 *
 * Only modules without per-workflow state belong here: no module-level value a workflow writes, no clock or
 * randomness at load time, no `@temporalio/workflow` calls — and no module exporting zod schemas: zod caches
 * methods and derived values on a schema instance when first used, which a frozen schema refuses. Schemas are
 * shared instead through `domain/build-once.ts` (preloaded: its memo map, out of the freeze's reach, is the
 * thread's). Listed: zod and its warm-up (workflows/shared/zod-setup.ts), build-once, and the pure domain modules
 * that export functions and constants only. Preloading changes no command a workflow emits: the replay test runs
 * against a bundle built this way.
 */
const root = path.resolve(__dirname, '..');
export const workflowPreloadModules: readonly string[] = [
  'zod',
  ...[
    'workflows/shared/zod-setup',
    // Its memo map becomes the thread's: each domain and action schema is built by the first workflow, reused after.
    'domain/build-once',
    'domain/records/fields',
    'domain/civil-date',
    'domain/money',
    'domain/amsterdam-time',
    'domain/calendar',
    'domain/letter-id',
  ].map((m) => path.join(root, m)),
];

/** Bundler options for the case workflows: used by the worker when it bundles, and by whoever prebuilds a bundle. */
export const caseBundlerOptions = { preloadModules: [...workflowPreloadModules] };

/** The case workflows' bundle (tests and benchmarks prebuild it once; the worker bundles the same way). */
export function bundleCaseWorkflows(options: { logger?: Logger; workflowsPath?: string } = {}): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: options.workflowsPath ?? require.resolve('../workflows'),
    logger: options.logger,
    ...caseBundlerOptions,
  });
}
