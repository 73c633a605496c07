/** What benchmark 5 (the supervisor view, bench/supervisor.ts) measured, and its lines for RESULTS.md. */

export interface LatencyFigure {
  label: string;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  items: number;
}

export interface SupervisorResult {
  backend: 'dev' | 'cluster';
  cases: number;
  expected: { breached: number; failing: number; dueSoon: number };
  found: Record<string, number>;
  setupSeconds: number;
  /** The first request, nothing described yet. */
  coldMs: number;
  /** The attention list built afresh each time (what a snapshot costs; the route serves snapshots at scale). */
  freshBuild: LatencyFigure;
  baseline: LatencyFigure;
  attention: LatencyFigure[];
  /** p95 of the unfiltered attention list ÷ p95 of the case list. */
  ratio: number;
  /** Every breached and failing case is in the list with that reason. */
  complete: boolean;
  /** Due-soon cases (term within 3 werkdagen) listed as termijn-nadert. */
  dueListed: number;
  /** The case list with filters, and a case's status with 10 clients at once. */
  lists: LatencyFigure[];
  /** 200 different cases, most not in any worker's cache at 1,000 cases and more: each query replays the case. */
  status: LatencyFigure;
  /** The same 50 cases again, just queried: their workflows are cached, the query runs without a replay. */
  statusCached: LatencyFigure;
  /** Workers polling (cluster 2, dev 1, as `scripts/start`) and each one's workflow cache. */
  workers: { count: number; maxCachedWorkflows: number };
  /** The attention list with no worker running: it reads visibility only. */
  withoutWorker: LatencyFigure;
  /** Seconds until every case's status answered after the worker restarted. */
  restartSeconds: number;
  totals: Record<string, number>;
  /** Cluster: database bytes before and after the cases were set up, and history events of a sample of cases. */
  storage?: { before: DatabaseBytes; after: DatabaseBytes };
  eventsPerCase?: number;
}

export type DatabaseBytes = { temporal: number; visibility: number; tables?: Record<string, number> };

const ms = (x: number) => `${x.toFixed(0)} ms`;

const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const where = (r: SupervisorResult) => (r.backend === 'cluster' ? 'cluster: Temporal 1.29.1 on PostgreSQL' : 'dev server: SQLite');

export function formatSupervisor(r: SupervisorResult): string[] {
  const a = r.attention[0]!;
  const found = Object.entries(r.found)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const lists = Math.max(...r.lists.map((f) => f.p95));
  return [
    `| 5. supervisor view (API, ${where(r)}) | case list over ${r.cases} cases: p50 ${ms(r.baseline.p50)}, p95 ${ms(r.baseline.p95)} (${r.baseline.items} items) | ` +
      `needs-attention list (${r.expected.breached} breached, ${r.expected.failing} failing activity, ${r.expected.dueSoon} due soon): ` +
      `p50 ${ms(a.p50)}, p95 ${ms(a.p95)}, max ${ms(a.max)}, ${a.items} items on page 1 (${found}); ` +
      `every breached and failing case listed: ${r.complete ? 'yes' : 'NO'}; ` +
      r.attention
        .slice(1)
        .map((f) => `${f.label.replace('GET /supervisor/attention', '')}: p95 ${ms(f.p95)}`)
        .join('; ') +
      `; no worker running: p95 ${ms(r.withoutWorker.p95)}; first request ${ms(r.coldMs)}; built fresh (a snapshot's reads) p95 ${ms(r.freshBuild.p95)}; ` +
      `case list with filters p95 ${r.lists.map((f) => ms(f.p95)).join(' / ')}; case status (10 clients) p95 ${ms(r.status.p95)} over 200 different cases, ${ms(r.statusCached.p95)} cached; ` +
      `every case answers ${r.restartSeconds.toFixed(1)} s after every worker restarted` +
      ` | attention p95 < 1 s: ${a.p95 < 1000 ? 'met' : 'NOT met'}; lists p95 < 1 s: ${lists < 1000 ? 'met' : 'NOT met'}; status p95 < 300 ms: ${r.status.p95 < 300 ? 'met' : 'NOT met'} (different cases), ${r.statusCached.p95 < 300 ? 'met' : 'NOT met'} (cached) |`,
  ];
}

export function formatSupervisorDetails(r: SupervisorResult): string {
  return [
    `Supervisor view on the ${where(r)}: ${r.cases} cases (2 creditors each), set up in ${r.setupSeconds.toFixed(1)} s; ${r.workers.count} worker(s), workflow cache ${r.workers.maxCachedWorkflows} each; ${r.attention[0]!.requests} requests per route after 5 warm-up (status: ${r.status.requests}, 10 clients); the very first request took ${r.coldMs.toFixed(0)} ms`,
    'route                                                        p50 ms   p95 ms   max ms   items',
    ...[r.baseline, ...r.attention, r.freshBuild, r.withoutWorker, ...r.lists, r.status, r.statusCached].map(
      (f) =>
        `${f.label.padEnd(60)} ${f.p50.toFixed(0).padStart(6)} ${f.p95.toFixed(0).padStart(8)} ${f.max.toFixed(0).padStart(8)} ${String(f.items).padStart(7)}`,
    ),
    `expected: ${r.expected.breached} breached, ${r.expected.failing} with a failing activity, ${r.expected.dueSoon} due soon; ` +
      `listed over all pages by reason: ${Object.entries(r.found)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ')}; totals: ${JSON.stringify(r.totals)}; every breached and failing case listed at ${r.cases} cases: ${r.complete ? 'yes' : 'NO'}; ` +
      `due-soon cases listed as termijn-nadert: ${r.dueListed} of ${r.expected.dueSoon}` +
      (r.dueListed < r.expected.dueSoon ? ' (NOT all)' : ''),
    ...(r.storage
      ? [
          `PostgreSQL: temporal ${mib(r.storage.after.temporal - r.storage.before.temporal)} and temporal_visibility ${mib(r.storage.after.visibility - r.storage.before.visibility)} for ${r.cases} cases ` +
            `(${kib((r.storage.after.temporal - r.storage.before.temporal) / r.cases)} + ${kib((r.storage.after.visibility - r.storage.before.visibility) / r.cases)} per case with 2 tracks, as set up)`,
          `PostgreSQL tables grown (with indexes), per case: ${Object.entries(r.storage.after.tables ?? {})
            .map(([t, b]) => `${t} ${kib((b - (r.storage!.before.tables?.[t] ?? 0)) / r.cases)}`)
            .join(', ')}`,
        ]
      : []),
    `history events per case (case + 2 tracks, sample of 20, as set up): ${r.eventsPerCase?.toFixed(0) ?? '-'}`,
    `after every worker restarted: every case's status answered within ${r.restartSeconds.toFixed(1)} s (10 clients); the attention list without any worker: p95 ${ms(r.withoutWorker.p95)}`,
  ].join('\n');
}
