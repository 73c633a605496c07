import { proxyActivities } from '@temporalio/workflow';
import type { ReportingActivities } from '../../activities/reporting/activities';
import type { ReportEvent } from '../../domain/reporting/events';

/** Idempotent by event id, so it retries long: a database that is down shows as a failing activity. */
const { reportEvents } = proxyActivities<ReportingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 200,
  },
});

/** The events of one timeline entry, queued behind the workflow's other effects (none: nothing to do). */
export function reportLater(enqueue: (effect: () => Promise<void>) => void, events: ReportEvent[]): void {
  if (events.length) enqueue(async () => void (await reportEvents(events)));
}

/** The activity's name as it appears in histories (the rebuild looks for it). */
export const REPORT_ACTIVITY_TYPE = 'reportEvents';
