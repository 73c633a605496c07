import type { CivilDate } from '../../domain/civil-date';
import type { AttentionFilter, AttentionFinder, AttentionItem } from './attention-types';

/**
 * The attention list as a snapshot per filter, so a supervisor paging through thousands of cases at 10,000 open
 * ones is not kept waiting for the visibility reads every request makes (they grow with the cases that need
 * attention: ~0.2–0.5 ms a listed workflow, seconds at 10,000 cases; SQL visibility cannot sort on our urgency,
 * so no page can be read on its own).
 *
 * - A list that builds fast (under `freshBelowMs`) is built anew on every request: small gemeenten and tests
 *   always see the present.
 * - A slow one is served from its snapshot; one older than `refreshAfterMs` is rebuilt in the background (one
 *   build at a time per filter), and one older than `maxAgeMs` is waited for. Every page of a snapshot comes from
 *   the same reads, so items never shift between pages; `asOf` says how old it is.
 */

export interface AttentionSnapshot {
  items: AttentionItem[];
  /** When the reads behind the list began (ISO). */
  asOf: string;
}

export interface SnapshotOptions {
  now: () => Date;
  freshBelowMs?: number;
  refreshAfterMs?: number;
  maxAgeMs?: number;
  /** Measures how long a build took (ms, monotonic); tests pass their own. */
  monotonicMs?: () => number;
  /** Snapshots kept (filters differ per supervisor); the least recently used goes first. */
  maxFilters?: number;
}

interface Entry {
  snapshot?: AttentionSnapshot;
  builtAtMs: number;
  buildMs: number;
  building?: Promise<AttentionSnapshot>;
}

export const SNAPSHOT_DEFAULTS = {
  freshBelowMs: 300,
  refreshAfterMs: 5_000,
  maxAgeMs: 60_000,
  maxFilters: 100,
  monotonicMs: () => performance.now(),
};

export class AttentionSnapshots {
  private readonly entries = new Map<string, Entry>();
  private readonly o: Required<SnapshotOptions>;

  constructor(
    private readonly finder: AttentionFinder,
    options: SnapshotOptions,
  ) {
    this.o = { ...SNAPSHOT_DEFAULTS, ...options };
  }

  /** `onRefreshError`: where a failed background rebuild is told (the request's log); the snapshot stays. */
  async list(
    filter: AttentionFilter,
    today: CivilDate,
    onRefreshError?: (error: unknown) => void,
  ): Promise<AttentionSnapshot> {
    const key = JSON.stringify([filter.gemeente ?? '', filter.officerId ?? '', filter.phase ?? '', today]);
    const entry = this.entries.get(key);
    this.entries.delete(key); // re-inserted below: Map order is the LRU order
    const now = this.o.now().getTime();
    if (!entry?.snapshot || entry.buildMs < this.o.freshBelowMs || now - entry.builtAtMs >= this.o.maxAgeMs) {
      const fresh = entry ?? { builtAtMs: 0, buildMs: 0 };
      this.keep(key, fresh);
      return this.build(fresh, filter, today);
    }
    this.keep(key, entry);
    if (now - entry.builtAtMs >= this.o.refreshAfterMs && !entry.building) {
      this.build(entry, filter, today).catch((error) => onRefreshError?.(error));
    }
    return entry.snapshot;
  }

  private keep(key: string, entry: Entry) {
    this.entries.set(key, entry);
    while (this.entries.size > this.o.maxFilters) this.entries.delete(this.entries.keys().next().value!);
  }

  /** One build per filter at a time: requests arriving meanwhile wait for the same one. */
  private build(entry: Entry, filter: AttentionFilter, today: CivilDate): Promise<AttentionSnapshot> {
    if (entry.building) return entry.building;
    const startedAt = this.o.now().getTime();
    const started = this.o.monotonicMs();
    entry.building = this.finder
      .find(filter, today)
      .then((items) => {
        const snapshot = { items, asOf: new Date(startedAt).toISOString() };
        Object.assign(entry, { snapshot, builtAtMs: startedAt, buildMs: this.o.monotonicMs() - started });
        return snapshot;
      })
      .finally(() => {
        entry.building = undefined;
      });
    return entry.building;
  }
}
