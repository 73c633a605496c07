import { log } from '@temporalio/activity';
import type { Notification, NotificationStore } from './notification';

export type NotificationInput = Omit<Notification, 'createdAt'>;

/** Activities that put tasks and alerts in the officer's and supervisor's inboxes. Idempotent by id. */
export function createNotificationActivities(store: NotificationStore) {
  async function notify(input: NotificationInput): Promise<{ delivered: boolean }> {
    const delivered = await store.add({ ...input, createdAt: new Date().toISOString() });
    // Ids and kinds only: never personal data in logs.
    log.info('notification', { id: input.id, audience: input.audience, kind: input.kind, caseId: input.caseId, new: delivered });
    return { delivered };
  }
  return { notify };
}

export type NotificationActivities = ReturnType<typeof createNotificationActivities>;
