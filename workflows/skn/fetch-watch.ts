import { proxyActivities } from '@temporalio/workflow';
import type { SknFetchWatchActivities, SknFetchWatchResult } from '../../activities/skn/fetch-watch';

/**
 * The daily SKN fetch watch, started by the Temporal Schedule `skn-fetch-watch` (services/skn-fetch-watch.ts):
 * one activity that marks unfetched SKN messages for paper and notifies (activities/skn/fetch-watch.ts).
 * A workflow of its own, so no case, track or oplossing workflow changes.
 */
const { scanUnfetchedSknMessages } = proxyActivities<SknFetchWatchActivities>({
  startToCloseTimeout: '10 minutes',
  retry: {
    initialInterval: '10 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 20,
  },
});

export async function sknFetchWatchWorkflow(): Promise<SknFetchWatchResult> {
  return scanUnfetchedSknMessages();
}
