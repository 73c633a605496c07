import type { RetryPolicy } from '@temporalio/common';
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

/**
 * Activities as workflows call them. Both are idempotent by id, so they retry for a long time with backoff:
 * a broken disk or mail relay shows as a failing activity (attempt count, last failure) to supervisors
 * instead of a lost letter or alert.
 */
const retry: RetryPolicy = {
  // Short first: an activity cut off by a dying worker runs again within seconds (then ×2, up to 10 minutes).
  initialInterval: '2 seconds',
  backoffCoefficient: 2,
  maximumInterval: '10 minutes',
  maximumAttempts: 200,
};

/**
 * Every activity heartbeats every second while it runs (workers/attention/activity-interceptor.ts), so one that
 * dies with its worker is retried after this timeout plus the first retry interval, about 12 s, instead of after its
 * start-to-close timeout. Not less: a worker busy with a burst (a 10,000-case bench) delayed heartbeats past 5 s. Timeouts and retry policies are not part of the command sequence: recorded histories
 * replay unchanged (tests/workflow/replay.test.ts).
 */
const heartbeatTimeout = '10 seconds';

export const { notify } = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', heartbeatTimeout, retry });

export const { sendLetter } = proxyActivities<Activities>({
  // A letter renders in well under a second (bench/RESULTS.md); the cap is for a slow disk or mail relay.
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout,
  // Bad letter input is a bug, not a passing fault: don't retry it 200 times.
  retry: { ...retry, nonRetryableErrorTypes: ['LetterInputError', 'LetterIdConflict'] },
});

export const { startCreditorTrack } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  heartbeatTimeout,
  retry,
});
