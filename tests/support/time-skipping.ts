import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime, DefaultLogger, type Worker } from '@temporalio/worker';
import { createActivities } from '../../activities';
import { FileNotificationStore } from '../../activities/notifications/file-store';
import { parseKeyRing } from '../../platform/encryption/key-ring';
import { dataConverter } from '../../platform/temporal';
import { bundleCaseWorkflows } from '../../workers/bundle-options';
import { createCaseWorker } from '../../workers/case-worker';
import { registerSearchAttributes } from '../../scripts/lib/search-attribute-registry';
import { anchorInstant, testAnchor } from './anchor';
import { startJavaTestServer } from './java-test-server';

/** Shared set-up for workflow tests on Temporal's Java time-skipping test server. */

let runtimeInstalled = false;
export function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

export const testKeyRing = parseKeyRing(`test=${Buffer.alloc(32, 42).toString('base64')}`);
export const testDataConverter = dataConverter(testKeyRing);

let bundle: Promise<{ code: string }> | undefined;
/** Bundles the workflows once per test file (webpack takes seconds). */
export function workflowBundle(): Promise<{ code: string }> {
  // Built like the worker builds it (zod and the domain modules preloaded), so the tests and the replay test run the
  // production module layout.
  bundle ??= bundleCaseWorkflows({ logger: new DefaultLogger('WARN') });
  return bundle;
}

export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  const env = await startJavaTestServer(testDataConverter);
  await registerSearchAttributes(env.connection, 'default');
  // The Java test server starts at the real date; move it to the anchor so no test depends on the day it runs.
  const now = await env.currentTimeMs();
  await env.sleep(anchorInstant(testAnchor(now)) - now);
  return env;
}

export interface Harness {
  worker: Worker;
  /** Stops the worker and waits for it; call before tearing the environment down. */
  stop(): Promise<void>;
  taskQueue: string;
  dataDir: string;
  notifications: FileNotificationStore;
}

/** A running case worker on a fresh task queue with its own data folder (one per test file); `bundle`: another build. */
export async function createHarness(
  env: TestWorkflowEnvironment,
  namespace = 'default',
  bundle: Promise<{ code: string }> = workflowBundle(),
  /** A queue cases were already started on (a worker that comes up after them); a fresh one otherwise. */
  queue?: string,
): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-test-'));
  const taskQueue = queue ?? `test-${path.basename(dataDir)}`;
  const worker = await createCaseWorker({
    connection: env.nativeConnection,
    namespace,
    taskQueue,
    activities: createActivities({
      dataDir,
      accessCodeSecret: 'test-secret-'.repeat(4),
      portalUrl: 'http://localhost:3000/schuldeisers',
    }),
    dataConverter: testDataConverter,
    workflowBundle: await bundle,
  });
  const running = worker.run();
  const stop = async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  };
  return {
    worker,
    stop,
    taskQueue,
    dataDir,
    notifications: new FileNotificationStore(path.join(dataDir, 'notifications')),
  };
}

/**
 * The shared set-up of a workflow test file: a Java time-skipping server, a running worker and whatever
 * `extend` adds (a driver), made before the file's tests and torn down after them. Read the fields inside tests.
 */
export function timeSkippingWorld<T extends object>(
  extend: (env: TestWorkflowEnvironment, h: Harness) => T,
): { env: TestWorkflowEnvironment; h: Harness } & T {
  const world = {} as { env: TestWorkflowEnvironment; h: Harness } & T;
  beforeAll(async () => {
    world.env = await createTimeSkippingEnv();
    world.h = await createHarness(world.env);
    Object.assign(world, extend(world.env, world.h));
  });
  afterAll(async () => {
    await world.h?.stop();
    await world.env?.teardown();
  });
  return world;
}

/**
 * Terminates a run once it has no workflow task or activity in flight. The Java test server keeps a time-skipping
 * lock for a task whose run is terminated under it, and every later `env.sleep` in the file then hangs.
 */
export async function terminateWhenQuiet(handle: WorkflowHandle, reason = 'test done'): Promise<void> {
  for (let quietChecks = 0, tries = 0; quietChecks < 2 && tries < 200; tries++) {
    const { raw } = await handle.describe();
    const busy = (raw.pendingActivities?.length ?? 0) > 0 || raw.pendingWorkflowTask != null;
    quietChecks = busy ? 0 : quietChecks + 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await handle.terminate(reason);
}
