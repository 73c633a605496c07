/**
 * `buildOnce(key, build)`: the value `build` returns, built on the first call for `key` and returned as is after.
 *
 * For module-level zod schemas, which are pure but costly to build. In Node it is a plain memo (each module runs
 * once anyway). In the workflow sandbox it is what keeps a cached workflow small: the SDK evaluates the workflow
 * modules again for every workflow (its own module cache per workflow), so every cached case used to build, and
 * keep, its own copy of every domain and action schema (~600 KiB per case, bench/MEMORY-NOTES.md). This module is
 * preloaded once per workflow thread (workers/bundle-options.ts), so its map is the thread's: the first workflow
 * builds a schema, the next ones reuse it.
 *
 * The map lives in this closure, out of reach of the SDK's deep-freeze of preloaded modules: zod caches bound
 * methods and derived values on a schema instance the first time they are used, which a frozen schema refuses.
 * Only deterministic, workflow-independent values may be built here (schemas, constants derived from them).
 */
const built = new Map<string, unknown>();

export function buildOnce<T>(key: string, build: () => T): T {
  if (built.has(key)) return built.get(key) as T;
  const value = build();
  built.set(key, value);
  return value;
}
