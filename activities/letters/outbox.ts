import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { LetterKind } from './registry';
import type { RecipientType } from './schemas';
import { createExclusive, listFiles, readIfExists, safeSegment } from './fs-util';

/**
 * Outboxes: what each recipient can see of its letters (the creditor portal shows a creditor's outbox for one
 * case). One entry per letter id, created once. Entries hold ids and the subject, never names or addresses.
 */
export interface OutboxEntry {
  letterId: string;
  caseReference: string;
  kind: LetterKind;
  subject: string;
  recipientType: RecipientType;
  recipientKey: string;
  sha256: string;
  bytes: number;
  pages: number;
  placedAt: string;
}

export interface Outbox {
  /** Adds the entry unless this letter id is already there; returns the entry that is there. */
  place(entry: OutboxEntry): Promise<{ entry: OutboxEntry; created: boolean }>;
  /** A creditor's letters for one case, oldest first. */
  forCreditor(caseReference: string, creditorId: string): Promise<OutboxEntry[]>;
  /** All letters to one resident, oldest first. */
  forResident(residentId: string): Promise<OutboxEntry[]>;
  /** Letters to the waarborgfonds for one case. */
  forWaarborgfonds(caseReference: string): Promise<OutboxEntry[]>;
}

/**
 * Filesystem outbox under `root` (by default `<dataDir>/letters/outbox`):
 *   creditor/<caseReference>/<creditorId>/<letterId>.json
 *   resident/<residentId>/<letterId>.json
 *   waarborgfonds/<caseReference>/<letterId>.json
 */
export class FsOutbox implements Outbox {
  constructor(private readonly root: string) {}

  private folder(recipientType: RecipientType, caseReference: string, recipientKey: string): string {
    const c = safeSegment(caseReference, 'dossier');
    const k = safeSegment(recipientKey, 'ontvanger');
    switch (recipientType) {
      case 'creditor':
        return path.join(this.root, 'creditor', c, k);
      case 'resident':
        return path.join(this.root, 'resident', k);
      case 'waarborgfonds':
        return path.join(this.root, 'waarborgfonds', c);
    }
  }

  async place(entry: OutboxEntry): Promise<{ entry: OutboxEntry; created: boolean }> {
    const file = path.join(
      this.folder(entry.recipientType, entry.caseReference, entry.recipientKey),
      `${safeSegment(entry.letterId, 'briefnummer')}.json`,
    );
    const created = await createExclusive(file, `${JSON.stringify(entry, null, 2)}\n`);
    if (created) return { entry, created };
    const raw = await readIfExists(file);
    return { entry: raw ? (JSON.parse(raw.toString('utf8')) as OutboxEntry) : entry, created: false };
  }

  forCreditor(caseReference: string, creditorId: string): Promise<OutboxEntry[]> {
    return this.list(this.folder('creditor', caseReference, creditorId));
  }

  forResident(residentId: string): Promise<OutboxEntry[]> {
    return this.list(this.folder('resident', 'x', residentId));
  }

  forWaarborgfonds(caseReference: string): Promise<OutboxEntry[]> {
    return this.list(this.folder('waarborgfonds', caseReference, 'waarborgfonds'));
  }

  /**
   * Every creditor letter across cases (the SKN-vocabulary API, the daily fetch watch): for these creditors
   * only, and for cases whose reference starts with one of these gemeente codes, when given. Oldest first.
   */
  async creditorLetters(filter: { creditorIds?: readonly string[]; gemeenten?: readonly string[] } = {}) {
    const root = path.join(this.root, 'creditor');
    const names = async (dir: string) => fs.readdir(dir).catch(() => [] as string[]);
    const dirs: string[] = [];
    for (const caseReference of await names(root)) {
      if (filter.gemeenten && !filter.gemeenten.some((g) => caseReference.startsWith(`${g}-`))) continue;
      const creditors = filter.creditorIds ?? (await names(path.join(root, caseReference)));
      for (const creditorId of creditors)
        dirs.push(path.join(root, caseReference, safeSegment(creditorId, 'ontvanger')));
    }
    const lists = await Promise.all(dirs.map((dir) => this.list(dir)));
    return lists
      .flat()
      .sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.letterId.localeCompare(b.letterId));
  }

  private async list(dir: string): Promise<OutboxEntry[]> {
    const files = await listFiles(dir, '.json');
    const entries = await Promise.all(
      files.map(async (f) => JSON.parse(await fs.readFile(f, 'utf8')) as OutboxEntry),
    );
    return entries.sort(
      (a, b) => a.placedAt.localeCompare(b.placedAt) || a.letterId.localeCompare(b.letterId),
    );
  }
}
