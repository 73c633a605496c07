import { NativeConnection, Worker } from '@temporalio/worker';
import type { ActivityInterface } from '@temporalio/common';
import { attentionActivityInterceptor } from '../workers/attention/activity-interceptor';
import { temporalMarks } from '../workers/attention/marker-client';
import { benchDataConverter, type BenchEnv } from './support/environment';

/**
 * The supervisor bench's workers, shaped like the deployment they stand for: `scripts/start` runs one worker
 * (dev server), `scripts/start --cluster` two; each with the production workflow cache
 * (`SCHULDHULP_WORKER_MAX_CACHED_WORKFLOWS`, platform/config.ts) unless the run says otherwise.
 * With `reuseV8Context` (SDK default) a worker replays on one workflow thread, so a second worker is a second core
 * for replays: what a case's status costs when its workflow is not cached. The SDK refuses two workers on one task
 * queue in one process, so the bench's one worker stands for `count` of them: `count` workflow threads
 * (`workflowThreadPoolSize`, the replay parallelism of `count` worker processes) and `count` caches.
 */
export interface SupervisorWorkers {
  count: number;
  maxCachedWorkflows: number;
  /** Every worker stops (in-flight tasks finish); nothing polls the task queue until `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function supervisorWorkers(
  env: BenchEnv,
  activities: ActivityInterface,
  opts: { count: number; maxCachedWorkflows: number },
): Promise<SupervisorWorkers> {
  const connection = await NativeConnection.connect({ address: env.server.address });
  let running: { worker: Worker; done: Promise<void> }[] = [];
  const create = () =>
    Worker.create({
      workflowThreadPoolSize: opts.count,
      connection,
      namespace: 'schuldhulp',
      taskQueue: env.taskQueue,
      workflowBundle: env.bundle,
      activities,
      dataConverter: benchDataConverter,
      maxCachedWorkflows: opts.maxCachedWorkflows * opts.count,
      // As production (workers/main.ts): failing activities mark their case for the supervisor view.
      interceptors: {
        activity: [attentionActivityInterceptor({ marks: temporalMarks(env.client, env.taskQueue), failingAttempts: 3 })],
      },
    });
  const start = async () => {
    const worker = await create();
    running = [{ worker, done: worker.run() }];
  };
  const stop = async () => {
    for (const r of running) r.worker.shutdown();
    await Promise.all(running.map((r) => r.done.catch(() => undefined)));
    running = [];
  };
  await start();
  return {
    count: opts.count,
    maxCachedWorkflows: opts.maxCachedWorkflows,
    start,
    stop,
    async close() {
      await stop();
      await connection.close();
    },
  };
}
