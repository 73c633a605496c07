import * as path from 'node:path';
import { FileNotificationStore } from './notifications/file-store';
import { createNotificationActivities } from './notifications/activities';

export interface ActivityDependencies {
  /** Root of the data folder (documents, outboxes, notifications). */
  dataDir: string;
}

/** Every activity a case worker runs, wired to its stores. */
export function createActivities({ dataDir }: ActivityDependencies) {
  return {
    ...createNotificationActivities(new FileNotificationStore(path.join(dataDir, 'notifications'))),
  };
}

export type Activities = ReturnType<typeof createActivities>;
