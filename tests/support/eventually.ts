/** Retries a check that throws until it passes (visibility lists and letters lag a little behind the workflows). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 30_000, stepMs = 500): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      return await fn();
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, stepMs));
    }
  }
  throw last;
}

/** Polls `probe` every `stepMs` until it gives a value (not undefined); throws after `timeoutMs`. */
export async function untilDefined<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  stepMs: number,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
