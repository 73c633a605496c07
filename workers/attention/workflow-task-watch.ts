import type { EventEmitter } from 'node:events';
import type { Client } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import type { AttentionMarks } from './marker-client';

/**
 * Workflow tasks that keep failing (an exception in workflow code, non-determinism after a bad deploy) leave a case
 * running but stuck, and upsert nothing. Server 1.30+ would set TemporalReportedProblems; ours (1.29) does not. The
 * worker sees each failure as an eviction of the run (reason NONDETERMINISM or LANG_FAIL): after `failingAttempts`
 * of them for one run, this marks its workflow (an attention marker) so the supervisor view finds it by a query.
 *
 * The SDK emits evictions on a protected emitter (`Worker.evictionsEmitter`, used by its replayer); when a future
 * SDK drops it, this says so once and does nothing.
 */
const NONDETERMINISM = 3;
const LANG_FAIL = 4;

interface Eviction {
  runId: string;
  evictJob: { reason?: number | null };
}

export function watchWorkflowTaskFailures(options: {
  worker: Worker;
  client: Client;
  marks: AttentionMarks;
  failingAttempts: number;
  warn?: (message: string) => void;
}): void {
  const warn = options.warn ?? ((m) => console.warn(m));
  const emitter = (options.worker as unknown as { evictionsEmitter?: EventEmitter }).evictionsEmitter;
  if (!emitter || typeof emitter.on !== 'function') {
    warn('attention: this SDK exposes no evictions; stuck workflow tasks are not marked');
    return;
  }
  const failures = new Map<string, number>();
  const marked = new Set<string>();
  emitter.on('eviction', ({ runId, evictJob }: Eviction) => {
    if (evictJob.reason !== NONDETERMINISM && evictJob.reason !== LANG_FAIL) return;
    const count = (failures.get(runId) ?? 0) + 1;
    failures.set(runId, count);
    if (count < options.failingAttempts || marked.has(runId)) return;
    marked.add(runId);
    if (failures.size > 10_000) failures.clear();
    void (async () => {
      try {
        for await (const execution of options.client.workflow.list({ query: `RunId = '${runId.replace(/'/g, '')}'` })) {
          await options.marks.mark(execution.workflowId, { key: `workflow-task/${runId}`, reason: 'workflowtaak-faalt', attempt: count });
          return;
        }
      } catch (error) {
        marked.delete(runId);
        warn(`attention: marking run ${runId} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  });
}
