import { Worker, type NativeConnection } from '@temporalio/worker';
import type { DataConverter, Duration } from '@temporalio/common';
import type { Activities } from '../activities';
import { caseBundlerOptions } from './bundle-options';
import { attentionActivityInterceptor } from './attention/activity-interceptor';
import type { AttentionMarks } from './attention/marker-client';

export interface CaseWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: Activities;
  dataConverter: DataConverter;
  /** Workflows kept in the cache (platform/config.ts: SCHULDHULP_WORKER_MAX_CACHED_WORKFLOWS); the SDK's default otherwise. */
  maxCachedWorkflows?: number;
  /** Tests pass a prebuilt bundle (bundleCaseWorkflows() in ./bundle-options) so each test file bundles once. */
  workflowBundle?: { code: string };
  /**
   * How long a stopping worker lets its activities in flight finish before it cancels them (production: 10 s).
   * A letter's e-mail is sent at most once, so one cut off mid-send in a rolling deploy would never go out.
   */
  shutdownGraceTime?: Duration;
  /** Production marks failing case workflows for the supervisor view (workers/attention/); tests only heartbeat. */
  attention?: { marks: AttentionMarks; failingAttempts: number };
}

/** The worker that runs case workflows and their activities: one definition for production and tests. */
export function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: require.resolve('../workflows'), bundlerOptions: caseBundlerOptions }),
    activities: options.activities,
    dataConverter: options.dataConverter,
    maxCachedWorkflows: options.maxCachedWorkflows,
    // Only when given: an explicit undefined would override the SDK's default (0) in its option spread.
    ...(options.shutdownGraceTime !== undefined ? { shutdownGraceTime: options.shutdownGraceTime } : {}),
    interceptors: { activity: [attentionActivityInterceptor({ ...options.attention })] },
  });
}
