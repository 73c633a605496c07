import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Notification } from '../activities/notifications/notification';
import { FileNotificationStore } from '../activities/notifications/file-store';

/**
 * The officer's and supervisor's inbox ("Mijn taken"): the notifications the workflows leave (reminders, breach
 * alerts, officer tasks), each with whether someone marked it done. A done mark is a file of its own beside the
 * notifications (`done/<id>.json`), so marking never rewrites what a workflow wrote.
 */

export interface Task extends Notification {
  done?: { by: string; at: string };
}

export interface TaskFilter {
  gemeente?: string;
  /** Only this officer's tasks (officer audience). */
  officerId?: string;
  /** Leave out what is marked done. */
  openOnly?: boolean;
}

export interface TaskInbox {
  list(filter: TaskFilter): Promise<Task[]>;
  markDone(id: string, by: string, at: Date): Promise<Task | undefined>;
}

export class FileTaskInbox implements TaskInbox {
  private readonly notifications: FileNotificationStore;
  private readonly doneDir: string;

  constructor(dir: string) {
    this.notifications = new FileNotificationStore(dir);
    this.doneDir = path.join(dir, 'done');
  }

  private doneFile(id: string): string {
    return path.join(this.doneDir, `${encodeURIComponent(id)}.json`);
  }

  private async doneOf(id: string): Promise<Task['done']> {
    try {
      return JSON.parse(await fs.readFile(this.doneFile(id), 'utf8')) as Task['done'];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async list(filter: TaskFilter): Promise<Task[]> {
    const all = await this.notifications.list(filter.officerId ? { audience: 'officer' } : {});
    const mine = all.filter(
      (n) =>
        (!filter.gemeente || n.gemeente === filter.gemeente) &&
        (!filter.officerId || n.officerId === filter.officerId),
    );
    const tasks = await Promise.all(mine.map(async (n) => ({ ...n, done: await this.doneOf(n.id) })));
    const shown = filter.openOnly ? tasks.filter((t) => !t.done) : tasks;
    // Newest first: what came in last is on top.
    return shown.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async markDone(id: string, by: string, at: Date): Promise<Task | undefined> {
    const found = (await this.notifications.list()).find((n) => n.id === id);
    if (!found) return undefined;
    const done = (await this.doneOf(id)) ?? { by, at: at.toISOString() };
    await fs.mkdir(this.doneDir, { recursive: true });
    await fs.writeFile(this.doneFile(id), JSON.stringify(done));
    return { ...found, done };
  }
}
