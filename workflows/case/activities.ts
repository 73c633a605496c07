import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

/**
 * Activities as the case workflow calls them. Notifications are cheap and idempotent by id:
 * retry for a day with backoff so a broken mail relay or disk shows as a failing activity to supervisors.
 */
export const { notify } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 200,
  },
});
