import { condition } from '@temporalio/workflow';

/**
 * Resolves once `quietMs` pass without news (`news()` is a counter that signal and update handlers bump).
 *
 * A run about to continue as new waits for this: tracks report in a burst as a stage starts, and a run cannot
 * end while signals keep arriving (each arrival fails the ending workflow task with "unhandled command" and the
 * task starts over; Temporal's Java test server does not always recover from that).
 */
export async function settle(news: () => number, quietMs: number): Promise<void> {
  for (;;) {
    const seen = news();
    if (!(await condition(() => news() !== seen, quietMs))) return;
  }
}
