import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readIfExists, safeSegment } from './fs-util';

/**
 * Every delivery attempt with its outcome, per letter: what supervisors read when a letter did not arrive.
 * Entries hold ids, channel, outcome and a scrubbed error text, never names or e-mail addresses.
 */
export interface DeliveryAttempt {
  letterId: string;
  /** Temporal activity attempt (1 for the first try). */
  attempt: number;
  channel: 'outbox' | 'email';
  outcome: 'delivered' | 'already-delivered' | 'skipped' | 'failed';
  at: string;
  /** Why skipped or failed, or the SMTP message id; scrubbed of e-mail addresses. */
  detail?: string;
}

export interface DeliveryLog {
  record(attempt: DeliveryAttempt): Promise<void>;
  list(letterId: string): Promise<DeliveryAttempt[]>;
}

/** One JSON-lines file per letter under `root` (by default `<dataDir>/letters/delivery-log`). */
export class FsDeliveryLog implements DeliveryLog {
  constructor(private readonly root: string) {}

  private file(letterId: string): string {
    return path.join(this.root, `${safeSegment(letterId, 'briefnummer')}.jsonl`);
  }

  async record(attempt: DeliveryAttempt): Promise<void> {
    await fs.mkdir(this.root, { recursive: true });
    await fs.appendFile(this.file(attempt.letterId), `${JSON.stringify(attempt)}\n`);
  }

  async list(letterId: string): Promise<DeliveryAttempt[]> {
    const raw = await readIfExists(this.file(letterId));
    if (!raw) return [];
    return raw
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as DeliveryAttempt);
  }
}

/** Error text for logs and failures: no e-mail addresses, no line noise, bounded length. */
export function scrubDetail(text: string): string {
  return text
    .replace(/[^\s<>"'()]+@[^\s<>"'()]+/g, '<e-mailadres>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
