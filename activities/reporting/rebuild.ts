import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { decodeFromPayloadsAtIndex, loadDataConverter } from '@temporalio/common/lib/internal-non-workflow';
import type { ReportEvent } from '../../domain/reporting/events';
import { REPORT_ACTIVITY_TYPE } from '../../workflows/reporting/report';
import type { ReportingStore } from './store';

/**
 * Rebuilds the reporting store from the Temporal histories: every `reportEvents` activity a workflow scheduled
 * holds the events it reported (its input, decrypted by the data converter). Writing them into an empty store
 * gives what the live store should hold; `compareStores` proves it.
 */
/** Which workflows: a visibility query (the servers), or given ids (the Java test server has no visibility list). */
export type WorkflowSelection = { query: string } | { workflowIds: readonly string[] };

export async function eventsFromHistories(
  client: Client,
  dataConverter: DataConverter,
  selection: WorkflowSelection = { query: '' },
): Promise<{ workflows: number; events: ReportEvent[] }> {
  const converter = loadDataConverter(dataConverter);
  const events: ReportEvent[] = [];
  const ids = new Set<string>('workflowIds' in selection ? selection.workflowIds : []);
  if ('query' in selection)
    for await (const execution of client.workflow.list({ query: selection.query }))
      ids.add(execution.workflowId);
  const seen = new Set<string>();
  for (const workflowId of ids) {
    // Every run of the workflow: the current one and, through continue-as-new, each run before it.
    let runId: string | undefined = (await client.workflow.getHandle(workflowId).describe()).runId;
    while (runId && !seen.has(runId)) {
      seen.add(runId);
      const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
      for (const event of history.events ?? []) {
        const scheduled = event.activityTaskScheduledEventAttributes;
        if (scheduled?.activityType?.name !== REPORT_ACTIVITY_TYPE) continue;
        events.push(
          ...(await decodeFromPayloadsAtIndex<ReportEvent[]>(converter, 0, scheduled.input?.payloads)),
        );
      }
      runId =
        history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    }
  }
  const workflows = ids.size;
  return { workflows, events };
}

export async function rebuildStore(
  client: Client,
  dataConverter: DataConverter,
  target: ReportingStore,
  selection: WorkflowSelection = { query: '' },
): Promise<{ workflows: number; events: number; written: number }> {
  const { workflows, events } = await eventsFromHistories(client, dataConverter, selection);
  const written = await target.write(events);
  return { workflows, events: events.length, written };
}

export interface StoreDifference {
  onlyLive: string[];
  onlyRebuilt: string[];
  different: string[];
}

/** Event by event, every field (personal parts opened): equal stores give three empty lists. */
export async function compareStores(live: ReportingStore, rebuilt: ReportingStore): Promise<StoreDifference> {
  const byId = (events: ReportEvent[]) => new Map(events.map((e) => [e.eventId, canonical(e)]));
  const a = byId(await live.events());
  const b = byId(await rebuilt.events());
  return {
    onlyLive: [...a.keys()].filter((id) => !b.has(id)),
    onlyRebuilt: [...b.keys()].filter((id) => !a.has(id)),
    different: [...a.keys()].filter((id) => b.has(id) && a.get(id) !== b.get(id)),
  };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)),
        )
      : v,
  );
}
