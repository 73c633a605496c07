import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

/**
 * The Temporal Schedule that runs the SKN fetch watch (workflows/skn/fetch-watch.ts) every morning at 06:15
 * Amsterdam time, after the day a message's 5-werkdagen fetch term ended. Created once by whichever worker
 * starts first; the others find it there.
 */
export const SKN_FETCH_WATCH_SCHEDULE_ID = 'skn-fetch-watch';

export async function ensureSknFetchWatchSchedule(
  client: Client,
  taskQueue: string,
): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId: SKN_FETCH_WATCH_SCHEDULE_ID,
      spec: { calendars: [{ hour: 6, minute: 15 }], timezone: 'Europe/Amsterdam' },
      action: {
        type: 'startWorkflow',
        workflowType: 'sknFetchWatchWorkflow',
        taskQueue,
        workflowId: 'skn-fetch-watch-run',
      },
      // A missed morning (system down) runs when it is back, within a day; never two at once.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists';
    throw error;
  }
}
