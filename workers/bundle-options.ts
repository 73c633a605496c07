import * as path from 'node:path';
import { bundleWorkflowCode, type Logger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/**
 * Modules the workflow bundle evaluates once per workflow thread instead of once per cached workflow.
 *
 * With `reuseV8Context` (the SDK default) every workflow gets its own webpack module cache, so every cached
 * workflow evaluates again each module its workflow file imports — zod and the domain schemas built with it — and
 * keeps those objects for as long as it stays cached: about 1.6 MB of V8 heap per cached case (bench/MEMORY-NOTES.md).
 * Modules listed here are evaluated once when the thread's context is set up, before any workflow, shared by all
 * workflows of that thread and deep-frozen by the SDK (`bundlerOptions.preloadModules`).
 *
 * Only modules without per-workflow state belong here: no module-level value a workflow writes, no clock or
 * randomness at load time, no `@temporalio/workflow` calls. Listed: zod, and the domain modules the workflows
 * import (pure functions, constants and schemas; feestdagen's memo map caches results of a pure function), and the
 * two action-schema modules under workflows/ (zod schemas only). A module that calls a workflow API or holds a
 * workflow's state (the workflow files, messages, deadline watch) must never be listed.
 * Preloading changes no command a workflow emits: the replay test runs against a bundle built this way.
 */
const root = path.resolve(__dirname, '..');
export const workflowPreloadModules: readonly string[] = [
  'zod',
  ...[
    'workflows/shared/zod-setup',
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
