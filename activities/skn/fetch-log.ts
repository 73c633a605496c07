/**
 * Which SKN messages (letters in a creditor's outbox) a creditor fetched, when and with which credential. Every
 * API instance writes here and the daily fetch watch reads it, so it lives beside the API's access state: the
 * same SQLite file on the embedded default, the same PostgreSQL database on the cluster.
 */
export interface SknFetch {
  letterId: string;
  credentialId: string;
  /** ISO instant. */
  at: string;
}

export interface SknFetchLog {
  /** Records one fetch (every fetch is kept; the first one counts for the term). */
  record(fetch: SknFetch): Promise<void>;
  /** The first fetch of each of these letters that was fetched at all. */
  firstFetches(letterIds: readonly string[]): Promise<Map<string, SknFetch>>;
  close(): Promise<void>;
}

/** In memory: tests, and an API built without a configured store. */
export class MemorySknFetchLog implements SknFetchLog {
  readonly fetches: SknFetch[] = [];

  async record(fetch: SknFetch): Promise<void> {
    this.fetches.push(fetch);
  }

  async firstFetches(letterIds: readonly string[]): Promise<Map<string, SknFetch>> {
    const wanted = new Set(letterIds);
    const out = new Map<string, SknFetch>();
    for (const f of [...this.fetches].sort((a, b) => a.at.localeCompare(b.at)))
      if (wanted.has(f.letterId) && !out.has(f.letterId)) out.set(f.letterId, f);
    return out;
  }

  async close(): Promise<void> {}
}
