import type { LatencyFigure } from './supervisor-report';
import { pool } from './support/environment';

/** Latency of GET routes through the real API: `clients` at a time, `requests` in all, after a warm-up. */
export async function measureRoute(
  label: string,
  routes: () => string,
  get: (route: string) => Promise<{ items?: unknown[] }>,
  opts: { requests: number; clients?: number; log?: (line: string) => void },
): Promise<LatencyFigure> {
  for (let w = 0; w < 5; w++) await get(routes());
  const times: number[] = [];
  let items = 0;
  await pool(Array.from({ length: opts.requests }), opts.clients ?? 1, async () => {
    const start = performance.now();
    const body = await get(routes());
    times.push(performance.now() - start);
    items = Array.isArray(body.items) ? body.items.length : 1;
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  const figure = { label, requests: opts.requests, p50: at(50), p95: at(95), max: times.at(-1)!, items };
  opts.log?.(`supervisor: ${label}: p50 ${figure.p50.toFixed(0)} ms, p95 ${figure.p95.toFixed(0)} ms, ${items} items`);
  return figure;
}

/** Every page of the needs-attention list (pageSize 1000), with the totals of the first. */
export async function wholeAttentionList(
  get: (route: string) => Promise<{ items: { caseId: string; reasons?: { code: string }[] }[]; total?: number; totals?: Record<string, number> }>,
) {
  const first = await get('/supervisor/attention?pageSize=1000&page=1');
  const items = [...first.items];
  for (let page = 2; items.length < (first.total ?? 0); page++) {
    const next = await get(`/supervisor/attention?pageSize=1000&page=${page}`);
    if (!next.items.length) break;
    items.push(...next.items);
  }
  return { items, total: first.total ?? items.length, totals: first.totals ?? {} };
}

/**
 * After every worker stopped and a new one started: seconds until every case's status (a workflow query, so the
 * worker must replay the case) answers again; `clients` at a time.
 */
export async function timeUntilEveryCaseAnswers(caseIds: string[], get: (route: string) => Promise<unknown>, clients = 10): Promise<number> {
  const start = performance.now();
  await pool(caseIds, clients, async (id) => {
    for (let tries = 0; ; tries++) {
      try {
        await get(`/cases/${id}`);
        return;
      } catch (error) {
        if (tries > 60) throw error;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  });
  return (performance.now() - start) / 1000;
}
