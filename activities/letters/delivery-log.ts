import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createExclusive, readIfExists, safeSegment } from './fs-util';

/**
 * Every delivery attempt with its outcome, per letter: what supervisors read when a letter did not arrive.
 * Entries hold ids, channel, outcome and a scrubbed error text, never names or e-mail addresses.
 */
export interface DeliveryAttempt {
  letterId: string;
  /** Temporal activity attempt (1 for the first try). */
  attempt: number;
  /** 'paper': the letter is to go out by post (an SKN message not fetched in time, activities/skn/). */
  channel: 'outbox' | 'email' | 'paper';
  outcome: 'delivered' | 'already-delivered' | 'skipped' | 'failed' | 'queued';
  at: string;
  /** Why skipped or failed, or the SMTP message id; scrubbed of e-mail addresses. */
  detail?: string;
}

export interface DeliveryLog {
  record(attempt: DeliveryAttempt): Promise<void>;
  list(letterId: string): Promise<DeliveryAttempt[]>;
  /**
   * Claims the one e-mail of a letter before it is handed to SMTP: true for exactly one caller, across retries,
   * workers and crashes, so a letter is mailed at most once. `releaseEmail` gives the claim back after a failure
   * SMTP reported (the mail was refused, so a retry may send it).
   */
  claimEmail(letterId: string, attempt: number): Promise<boolean>;
  releaseEmail(letterId: string): Promise<void>;
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

  private claimFile(letterId: string): string {
    return path.join(this.root, 'email-claims', `${safeSegment(letterId, 'briefnummer')}.json`);
  }

  claimEmail(letterId: string, attempt: number): Promise<boolean> {
    return createExclusive(this.claimFile(letterId), `${JSON.stringify({ letterId, attempt })}\n`);
  }

  async releaseEmail(letterId: string): Promise<void> {
    await fs.rm(this.claimFile(letterId), { force: true });
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
