import type { VisibilityClient } from '../visibility';
import type { DescribeCache } from './describe-cache';
import { URGENCY, type Flag, type Listing } from './attention-listing';

/**
 * describe() of the workflows the visibility rules found (never of every case), a few at a time: failing
 * activities, and — where the server has no TemporalReportedProblems — a workflow task that keeps failing.
 * A workflow that cannot be described (closed meanwhile, server busy) keeps its visibility reasons.
 */
export async function describeListings(
  client: VisibilityClient,
  listings: Listing[],
  flag: Flag,
  options: { workflowTaskAttempts: number; maxDescribe: number; concurrency: number; cache?: DescribeCache },
): Promise<void> {
  const describe = (workflowId: string) => {
    const call = () => client.workflow.getHandle(workflowId).describe();
    return options.cache ? options.cache.get(workflowId, call) : call();
  };
  const queue = listings.slice(0, options.maxDescribe);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const listing = next;
      try {
        const { raw } = await describe(listing.workflowId);
        const where = listing.kind === 'oplossing' ? 'in de schuldregeling' : 'in de zaak';
        for (const activity of raw.pendingActivities ?? []) {
          const attempt = activity.attempt ?? 1;
          if (attempt < 3 && !activity.lastFailure) continue;
          const name = activity.activityType?.name ?? 'onbekend';
          flag(
            listing,
            {
              code: 'activiteit-faalt',
              message: `Activiteit ${name} ${where} faalt (poging ${attempt}); zie de laatste fout in de Temporal UI.`,
              workflowId: listing.workflowId,
            },
            URGENCY['activiteit-faalt'] + Math.min(attempt, 99),
          );
        }
        const task = raw.pendingWorkflowTask?.attempt ?? 0;
        if (task >= options.workflowTaskAttempts) {
          flag(
            listing,
            {
              code: 'workflowtaak-faalt',
              message:
                `Workflowtaak ${where} faalt herhaaldelijk (poging ${task}): de zaak staat stil tot de ` +
                'code is hersteld (fout of non-determinisme na een deploy); zie de laatste fout in de Temporal UI.',
              workflowId: listing.workflowId,
            },
            URGENCY['workflowtaak-faalt'] + Math.min(task, 99),
          );
        }
      } catch {
        // Closed in the meantime, or the server is busy: the visibility reasons still stand.
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}
