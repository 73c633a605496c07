import { condition, patched } from '@temporalio/workflow';

/**
 * Effects (letters, alerts, signals) run one at a time, in the order they were asked for, outside the handlers
 * that ask for them.
 *
 * A run ends (continue-as-new or completion) only at a quiet point, and from then on nothing new starts: a
 * coroutine resuming in the same activation would otherwise append a command after the run's last one, which
 * the server refuses, so the workflow task would fail on every retry. Work that is cut off this way is not
 * lost: the state handed to the next run was captured at the quiet point, before it.
 */
export class EffectQueue {
  private readonly queue: (() => Promise<void>)[] = [];
  private ended = false;
  /** Runs recorded before this guard existed replay without it (recorded histories). */
  private readonly guardsEnd = patched('end-when-quiet');

  enqueue(effect: () => Promise<void>): void {
    this.queue.push(effect);
  }

  /** Nothing waiting and nothing running. */
  idle(): boolean {
    return this.queue.length === 0;
  }

  /** True once the run has decided to end: publish nothing more. */
  get ending(): boolean {
    return this.ended;
  }

  /** Starts the loop. `onFailure` handles an effect that threw; `afterEach` runs after every effect. */
  start(onFailure: (error: unknown) => Promise<void>, afterEach: () => void): void {
    void (async () => {
      for (;;) {
        await condition(() => !this.ended && !this.idle());
        try {
          await this.queue[0]!();
        } catch (error) {
          await onFailure(error);
        }
        this.queue.shift();
        afterEach();
      }
    })();
  }

  /**
   * Waits until the queue is idle and `quiet` holds, then calls `end` (continue-as-new or the result) in the
   * same tick as the last check, so no effect slips in between.
   */
  endWhenQuiet<T>(quiet: () => boolean, end: () => Promise<T>): Promise<T> {
    return endAtQuietPoint(
      this.guardsEnd,
      () => this.idle() && quiet(),
      () => {
        this.ended = true;
      },
      end,
    );
  }
}

/**
 * Waits until `quiet` holds, re-checked in the tick that ends the run, then marks the run as ending and calls
 * `end`. Unguarded (a run from before the guard) it waits once, as such runs did.
 */
export async function endAtQuietPoint<T>(
  guarded: boolean,
  quiet: () => boolean,
  markEnding: () => void,
  end: () => Promise<T>,
): Promise<T> {
  await condition(quiet);
  if (guarded) {
    while (!quiet()) await condition(quiet);
    markEnding();
  }
  return end();
}
