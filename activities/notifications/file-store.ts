import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Notification, NotificationStore } from './notification';

/**
 * One JSON file per notification under the data folder; the id is the file name, so writing the same
 * notification twice (a retried activity) is a no-op. Production can put the same interface on a database.
 */
export class FileNotificationStore implements NotificationStore {
  constructor(private readonly dir: string) {}

  private fileOf(id: string): string {
    return path.join(this.dir, `${encodeURIComponent(id)}.json`);
  }

  async add(notification: Notification): Promise<boolean> {
    await fs.mkdir(this.dir, { recursive: true });
    try {
      await fs.writeFile(this.fileOf(notification.id), JSON.stringify(notification), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  async list(filter: { audience?: Notification['audience']; caseId?: string } = {}): Promise<Notification[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const all = await Promise.all(
      names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await fs.readFile(path.join(this.dir, n), 'utf8')) as Notification),
    );
    return all
      .filter((n) => (!filter.audience || n.audience === filter.audience) && (!filter.caseId || n.caseId === filter.caseId))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
