import type { AttentionFilter } from './attention-types';
import { collect, quote, type VisibilityClient } from '../visibility';
import { ATTENTION_MARKER_TYPE } from '../../workflows/attention/marker';
import { ActivityFailing, AttentionReason } from '../../workflows/attention/search-attributes';
import { oplossingIdOf } from '../../workflows/oplossing/input';
import { attentionScope, listingOf, type Listing } from './attention-listing';

/**
 * Failing activities and stuck workflow tasks, by visibility alone: the running attention markers (started by the
 * worker, workers/attention/), then the cases they belong to, read in the filter's scope with `WorkflowId IN (…)`
 * batches. Two or three queries whatever the number of cases; never a describe().
 */

export interface Marker {
  /** The marked workflow: the case, one of its creditor tracks, or its oplossing. */
  target: string;
  caseId: string;
  reason: 'activiteit-faalt' | 'workflowtaak-faalt';
  activityType?: string;
  onTrack: boolean;
  onOplossing: boolean;
}

const BATCH = 200;

export function markerOf(markerWorkflowId: string, reason: string | undefined, activityType: string | undefined): Marker {
  const target = markerWorkflowId.replace(/\/attention$/, '');
  const caseId = target.split('/')[0]!;
  return {
    target,
    caseId,
    reason: reason === 'workflowtaak-faalt' ? 'workflowtaak-faalt' : 'activiteit-faalt',
    ...(activityType ? { activityType } : {}),
    onTrack: target.includes('/creditor/'),
    onOplossing: target === oplossingIdOf(caseId),
  };
}

export async function markedListings(
  client: VisibilityClient,
  filter: AttentionFilter,
  limit: number,
): Promise<{ listing: Listing; marker: Marker }[]> {
  const where = [`WorkflowType = ${quote(ATTENTION_MARKER_TYPE)}`, `ExecutionStatus = 'Running'`];
  if (filter.gemeente) where.push(`Gemeente = ${quote(filter.gemeente)}`);
  const markers = (await collect(client, where.join(' AND '), limit)).map((info) =>
    markerOf(info.workflowId, info.typedSearchAttributes.get(AttentionReason), info.typedSearchAttributes.get(ActivityFailing)),
  );
  if (!markers.length) return [];
  const caseIds = [...new Set(markers.map((m) => m.caseId))];
  const byWorkflow = new Map<string, Listing>();
  for (let i = 0; i < caseIds.length; i += BATCH) {
    const ids = caseIds.slice(i, i + BATCH).flatMap((id) => [id, oplossingIdOf(id)]);
    const query = `${attentionScope(filter)} AND ExecutionStatus = 'Running' AND WorkflowId IN (${ids.map(quote).join(', ')})`;
    for (const info of await collect(client, query, ids.length)) byWorkflow.set(info.workflowId, listingOf(info));
  }
  return markers.flatMap((marker) => {
    const own = marker.onOplossing ? byWorkflow.get(marker.target) : byWorkflow.get(marker.caseId);
    const listing = own ?? byWorkflow.get(marker.caseId) ?? byWorkflow.get(oplossingIdOf(marker.caseId));
    return listing ? [{ listing, marker }] : [];
  });
}
