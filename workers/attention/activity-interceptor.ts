import { ApplicationFailure } from '@temporalio/common';
import type { Context } from '@temporalio/activity';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import type { AttentionMarks } from './marker-client';

/**
 * Wraps every activity the worker runs:
 *  - it heartbeats every `heartbeatMs` (1 s) while it runs, so an activity that dies with its worker is retried after the
 *    heartbeat timeout (workflows/shared/activities.ts), not after its start-to-close timeout;
 *  - a failure at attempt >= `failingAttempts` marks the case workflow (an attention marker, which the supervisor
 *    view finds by a visibility query); the next success, or a final failure, unmarks it.
 * Marking is best effort: when Temporal cannot be reached the activity's own outcome still stands.
 */
export interface AttentionInterceptorOptions {
  /** Without marks (tests) it only heartbeats. */
  marks?: AttentionMarks;
  failingAttempts?: number;
  heartbeatMs?: number;
  warn?: (message: string) => void;
}

export function attentionActivityInterceptor(options: AttentionInterceptorOptions): ActivityInterceptorsFactory {
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const marks = options.marks;
  const failingAttempts = options.failingAttempts ?? 3;
  const warn = options.warn ?? ((m) => console.warn(m));
  const quietly = (what: string, p: Promise<void>) =>
    p.catch((error: unknown) => warn(`attention marker ${what} failed: ${error instanceof Error ? error.message : String(error)}`));

  return (ctx: Context) => ({
    inbound: {
      async execute(input, next) {
        const info = ctx.info;
        // Standalone activities (none here) have no workflow to mark.
        const workflowId = info.workflowExecution?.workflowId ?? '';
        const key = `${info.workflowExecution?.runId ?? ''}/${info.activityId}`;
        ctx.heartbeat();
        const ticker = setInterval(() => ctx.heartbeat(), heartbeatMs);
        try {
          const result = await next(input);
          if (marks && workflowId && info.attempt > failingAttempts) await quietly('resolve', marks.resolve(workflowId, key));
          return result;
        } catch (error) {
          const final = error instanceof ApplicationFailure && error.nonRetryable;
          if (!marks || !workflowId || info.attempt < failingAttempts) {
            // not failing long enough to need a person
          } else if (final) {
            await quietly('resolve', marks.resolve(workflowId, key));
          } else {
            await quietly(
              'mark',
              marks.mark(workflowId, { key, reason: 'activiteit-faalt', activityType: info.activityType, attempt: info.attempt }),
            );
          }
          throw error;
        } finally {
          clearInterval(ticker);
        }
      },
    },
  });
}
