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
