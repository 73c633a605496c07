import type { RetryPolicy } from '@temporalio/common';
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

/**
 * Activities as workflows call them. Both are idempotent by id, so they retry for a long time with backoff:
 * a broken disk or mail relay shows as a failing activity (attempt count, last failure) to supervisors
 * instead of a lost letter or alert.
 */
const retry: RetryPolicy = {
  initialInterval: '5 seconds',
  backoffCoefficient: 2,
  maximumInterval: '10 minutes',
  maximumAttempts: 200,
};

export const { notify } = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry });

export const { sendLetter } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  // Bad letter input is a bug, not a passing fault: don't retry it 200 times.
  retry: { ...retry, nonRetryableErrorTypes: ['LetterInputError', 'LetterIdConflict'] },
});

export const { startCreditorTrack } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry,
});
