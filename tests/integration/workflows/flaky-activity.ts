import { proxyActivities } from '@temporalio/workflow';

/** One activity that fails a few times before it succeeds (tests/integration/activity-marker.test.ts). */
const { flaky } = proxyActivities<{ flaky(): Promise<string> }>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '300 milliseconds', backoffCoefficient: 1, maximumAttempts: 20 },
});

export async function flakyWorkflow(): Promise<string> {
  return flaky();
}

export { attentionMarkerWorkflow } from '../../../workflows/attention/marker';
