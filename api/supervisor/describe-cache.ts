import type { WorkflowDescription } from '../visibility';

/**
 * describe() results kept for a few seconds, so a supervisor paging, filtering or refreshing the list does not
 * describe the same workflows again on every request. A failing activity or workflow task shows up at most
 * `ttlMs` late — the same order as visibility's own lag, and far below the days the list is about.
 */
export class DescribeCache {
  private readonly entries = new Map<string, { at: number; value: Promise<WorkflowDescription> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 20_000,
  ) {}

  get(workflowId: string, describe: () => Promise<WorkflowDescription>): Promise<WorkflowDescription> {
    const at = this.now();
    const hit = this.entries.get(workflowId);
    if (hit && at - hit.at < this.ttlMs) return hit.value;
    const value = describe();
    // A failed describe is not remembered: the next request tries again.
    value.catch(() => this.entries.delete(workflowId));
    if (this.entries.size >= this.maxEntries) this.evictExpired(at);
    this.entries.set(workflowId, { at, value });
    return value;
  }

  private evictExpired(at: number): void {
    for (const [id, entry] of this.entries) if (at - entry.at >= this.ttlMs) this.entries.delete(id);
    // Still full of fresh entries (a burst over very many cases): start over rather than grow without bound.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
  }
}
