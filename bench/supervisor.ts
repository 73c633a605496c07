import type { AddressInfo } from 'node:net';
import { addDays, type CivilDate } from '../domain/civil-date';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import { addWerkdagen } from '../domain/calendar';
import { aanmeldingSchema } from '../domain/records';
import { eersteGesprekDeadline } from '../domain/terms';
import { exampleAanmeldingInput } from '../tests/support/aanmelding';
import { buildApi } from '../api/app';
import { createApiDeps, resolveTokens } from '../api/wiring';
import { loadConfig } from '../platform/config';
import { createBenchActivities } from './support/activities';
import { DEFAULT_WORKER_MAX_CACHED_WORKFLOWS } from '../platform/config';
import { pool, poll, type BenchEnv } from './support/environment';
import { measureRoute, timeUntilEveryCaseAnswers, wholeAttentionList } from './supervisor-reads';
import { supervisorWorkers } from './supervisor-workers';
import type { LatencyFigure, SupervisorResult } from './supervisor-report';

/**
 * Benchmark 5: the supervisor's "needs attention" list through the real API (Fastify app, real wiring, the
 * dev server), over K open cases of which a realistic share needs attention:
 *  - ~10% breached: the aanmelding's request date lies 6–7 weeks back, so the statutory 4-week term of the
 *    eerste gesprek (Wgs art. 4 lid 1, Atw) is over when the workflow starts; its own term timer fires at
 *    once and marks the breach (the workflow computes terms from the request date, not from its start);
 *  - ~4% with a failing activity: request date such that the term ends within 3 werkdagen, so the officer's
 *    reminder (5 werkdagen ahead) is due at once; this worker's notify activity throws for these cases
 *    (a broken notification store) and the attempt climbs (retry 2 s, ×2);
 *  - ~10% due soon: term ends within 3 werkdagen, reminder sent fine;
 *  - the rest fine: request date this week or last.
 * Each case has two creditors (their tracks are workflows in the same visibility store).
 * Then N requests of the list (after a warm-up) with the supervisor token, also with filters; the baseline in
 * the same run is the plain case list (`GET /api/v1/cases?limit=1000`) over the same cases. Also the case list with
 * filters, a case's status (10 clients at once), the attention list while no worker runs, and the time until every
 * case answers again after the worker restarts. Run on the dev server and on the cluster (PostgreSQL) in one go.
 */

type Kind = 'breached' | 'failing' | 'due' | 'fine';

function kindOf(i: number): Kind {
  const r = i % 100;
  if (r < 10) return 'breached';
  if (r < 14) return 'failing';
  if (r < 24) return 'due';
  return 'fine';
}

/** The latest request date whose eerste-gesprek term ends after today and within `werkdagen` werkdagen. */
function requestDateDueWithin(today: CivilDate, werkdagen: number): CivilDate {
  const horizon = addWerkdagen(today, werkdagen);
  for (let back = 1; back < 60; back++) {
    const date = addDays(today, -back);
    const deadline = eersteGesprekDeadline(date).deadline;
    if (deadline > today && deadline <= horizon) return date;
  }
  throw new Error('bench: no request date found');
}

function requestDateOf(kind: Kind, i: number, today: CivilDate): CivilDate {
  switch (kind) {
    case 'breached':
      return addDays(today, -(42 + (i % 7)));
    case 'failing':
      return requestDateDueWithin(today, 2);
    case 'due':
      return requestDateDueWithin(today, 1 + (i % 3));
    case 'fine':
      return addDays(today, -(i % 10));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchSupervisor(
  env: BenchEnv,
  opts: { cases?: number; requests?: number; workers?: number; maxCachedWorkflows?: number; log?: (line: string) => void } = {},
): Promise<SupervisorResult> {
  const k = opts.cases ?? 1000;
  const requests = opts.requests ?? 50;
  const log = opts.log ?? (() => {});
  const today = amsterdamDateOf(Date.now());
  const example = exampleAanmeldingInput();
  const creditors = example.creditors!.slice(1);
  const claims = example.claims!.slice(1);
  const kinds = Array.from({ length: k }, (_, i) => kindOf(i));
  const caseNumber = (i: number) => `ATT-${kinds[i]}-${i}`;
  const caseIdOf = (i: number) => `case-GM0599-${caseNumber(i)}`;
  const failing = new Set(kinds.flatMap((kind, i) => (kind === 'failing' ? [caseIdOf(i)] : [])));

  // A worker like production's, except that notify fails for the "failing" cases.
  const base = createBenchActivities({
    dataDir: env.dataDir,
    accessCodeSecret: 'bench-secret-'.repeat(4),
    portalUrl: 'http://localhost:3000/schuldeisers',
  });
  const activities = {
    ...base,
    notify: async (...args: Parameters<typeof base.notify>) => {
      if (failing.has(args[0].caseId)) throw new Error('bench: notification store unavailable');
      return base.notify(...args);
    },
  };
  const workers = await supervisorWorkers(env, activities, {
    count: opts.workers ?? (env.backend === 'cluster' ? 2 : 1),
    maxCachedWorkflows: opts.maxCachedWorkflows ?? DEFAULT_WORKER_MAX_CACHED_WORKFLOWS,
  });
  log(`supervisor: ${workers.count} worker(s), workflow cache ${workers.maxCachedWorkflows} each`);
  const t0 = Date.now();
  const expected = {
    breached: kinds.filter((x) => x === 'breached').length,
    failing: failing.size,
    dueSoon: kinds.filter((x) => x === 'due').length,
  };
  const apps: Awaited<ReturnType<typeof buildApi>>[] = [];
  const storageBefore = env.server.databaseBytes?.();
  try {
    await pool(kinds, 25, async (kind, i) => {
      const aanmelding = aanmeldingSchema.parse({
        ...example,
        requestDate: requestDateOf(kind, i, today),
        creditors,
        claims,
      });
      await env.service.start(caseNumber(i), aanmelding);
    });
    log(`supervisor: ${k} cases started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // Visibility catches up; the failing notify reaches attempt 3 (2 s + 4 s of backoff).
    await poll(
      async () =>
        (await env.client.workflow.count(`WorkflowType = 'caseWorkflow' AND DeadlineBreached = true`))
          .count >= expected.breached,
      // 10,000 cases on one bench worker took longer than 5 minutes to reach their breaches on a loaded machine;
      // 5,000 on the cluster at load 11 took ~600 s once and more than 600 s the next time: 240 ms a case.
      Math.max(300_000, k * 240),
    );
    // The failing notify reaches attempt 3 (2 s + 4 s of backoff) and the worker marks each of those cases.
    await poll(
      async () =>
        (await env.client.workflow.count(`WorkflowType = 'attentionMarkerWorkflow' AND ExecutionStatus = 'Running'`))
          .count >= expected.failing,
      Math.max(600_000, k * 120),
    );
    const setupSeconds = (Date.now() - t0) / 1000;
    const storageAfter = env.server.databaseBytes?.();
    // History events of a case and its two tracks, from a sample of 20.
    const sample = Array.from({ length: Math.min(20, k) }, (_, j) => caseIdOf(Math.floor((j * k) / Math.min(20, k))));
    const events = await pool(sample, 5, async (id) => {
      let total = 0;
      for (const wf of [id, `${id}/creditor/${creditors[0]!.id}`, `${id}/creditor/${creditors[1]!.id}`]) {
        const history = await env.client.workflow.getHandle(wf).fetchHistory().catch(() => undefined);
        total += history?.events?.length ?? 0;
      }
      return total;
    });
    const eventsPerCase = events.reduce((a, b) => a + b, 0) / events.length;
    log(`supervisor: set up in ${setupSeconds.toFixed(1)} s`);

    // The real API on a free port.
    const apiFor = async () => {
      const config = loadConfig({
        SCHULDHULP_ENV: 'development',
        SCHULDHULP_DATA_DIR: env.dataDir,
        TEMPORAL_ADDRESS: env.server.address,
        TEMPORAL_NAMESPACE: 'schuldhulp',
        SCHULDHULP_TASK_QUEUE: env.taskQueue,
      });
      const { registry, devTokens } = resolveTokens(config, () => {});
      const token = devTokens!.find((t) => t.role === 'supervisor')!.token;
      const deps = createApiDeps(config, env.client, 'bench-secret-'.repeat(4), registry);
      const api = await buildApi(deps, { logger: false });
      apps.push(api);
      await api.listen({ port: 0, host: '127.0.0.1' });
      return { baseUrl: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/api/v1`, token, deps };
    };
    const apis = { cached: await apiFor() };
    const get = async (route: string, api = apis.cached) => {
      const response = await fetch(`${api.baseUrl}${route}`, {
        headers: { authorization: `Bearer ${api.token}` },
      });
      if (!response.ok) throw new Error(`bench: GET ${route}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<{ items: { caseId: string; reasons?: { code: string }[] }[] }>;
    };
    const measure = async (label: string, route: string, api = apis.cached): Promise<LatencyFigure> => {
      for (let w = 0; w < 5; w++) await get(route, api);
      const times: number[] = [];
      let items = 0;
      for (let r = 0; r < requests; r++) {
        const start = performance.now();
        items = (await get(route, api)).items.length;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const figure = {
        label,
        requests,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: times.at(-1)!,
        items,
      };
      log(
        `supervisor: ${label}: p50 ${figure.p50.toFixed(0)} ms, p95 ${figure.p95.toFixed(0)} ms, ${items} items`,
      );
      return figure;
    };

    // What the list holds, over every page: every breached and failing case, with that reason.
    const coldStart = performance.now();
    await get('/supervisor/attention');
    const coldMs = performance.now() - coldStart;
    const list = await wholeAttentionList(get);
    const found: Record<string, number> = {};
    for (const item of list.items)
      for (const r of item.reasons ?? []) found[r.code] = (found[r.code] ?? 0) + 1;
    const listed = new Map(list.items.map((item) => [item.caseId, new Set((item.reasons ?? []).map((r) => r.code))]));
    const has = (id: string, code: string) => listed.get(id)?.has(code) ?? false;
    const complete =
      kinds.every((kind, i) => kind !== 'breached' || has(caseIdOf(i), 'termijn-overschreden')) &&
      [...failing].every((id) => has(id, 'activiteit-faalt'));

    const dueMissing = kinds.flatMap((kind, i) =>
      kind === 'due' && !has(caseIdOf(i), 'termijn-nadert') ? [caseIdOf(i)] : [],
    );
    const opts = { requests, log };
    const baseline = await measure('GET /cases?limit=1000 (baseline)', '/cases?limit=1000');
    const attention = [
      await measure('GET /supervisor/attention', '/supervisor/attention'),
      await measure(
        'GET /supervisor/attention?officer=medewerker-001',
        '/supervisor/attention?officer=medewerker-001',
      ),
      await measure('GET /supervisor/attention?phase=aanmelding', '/supervisor/attention?phase=aanmelding'),
    ];
    // What a snapshot costs to build: the visibility reads and merging behind the route, without the snapshot.
    const freshBuild = await measureRoute(
      'attention list built fresh (the reads behind a snapshot)',
      () => '',
      async () => ({ items: await apis.cached.deps.attention.find({}, amsterdamDateOf(Date.now())) }),
      { requests: 10, log },
    );
    const lists = [
      await measureRoute('GET /cases?breached=true&limit=100', () => '/cases?breached=true&limit=100', get, opts),
      await measureRoute('GET /cases?phase=aanmelding&officer=medewerker-001&limit=100', () => '/cases?phase=aanmelding&officer=medewerker-001&limit=100', get, opts),
    ];
    const ids = kinds.map((_, i) => caseIdOf(i));
    let n = 0;
    const status = await measureRoute('GET /cases/{id} (10 clients, 200 different cases)', () => `/cases/${ids[(n += 7919) % ids.length]}`, get, { requests: requests * 4, clients: 10, log });
    const recent = Array.from({ length: 50 }, () => ids[(n += 7919) % ids.length]!);
    for (const id of recent) await get(`/cases/${id}`);
    let m = 0;
    const statusCached = await measureRoute('GET /cases/{id} (10 clients, 50 cases just queried)', () => `/cases/${recent[m++ % recent.length]}`, get, { requests: requests * 4, clients: 10, log });

    // Every worker gone: the supervisor and list views read visibility only, so they still answer.
    await workers.stop();
    const withoutWorker = await measureRoute('GET /supervisor/attention (no worker running)', () => '/supervisor/attention', get, opts);
    await workers.start();
    const restartSeconds = await timeUntilEveryCaseAnswers(ids, get);
    log(`supervisor: every case's status answered ${restartSeconds.toFixed(1)} s after every worker restarted`);
    return {
      backend: env.backend,
      ...(storageBefore && storageAfter ? { storage: { before: storageBefore, after: storageAfter } } : {}),
      eventsPerCase,
      lists,
      status,
      statusCached,
      workers: { count: workers.count, maxCachedWorkflows: workers.maxCachedWorkflows },
      withoutWorker,
      restartSeconds,
      totals: list.totals,
      cases: k,
      expected,
      found,
      setupSeconds,
      coldMs,
      baseline,
      attention,
      freshBuild,
      ratio: attention[0]!.p95 / baseline.p95,
      complete,
      dueListed: expected.dueSoon - dueMissing.length,
    };
  } finally {
    for (const api of apps) await api.close();
    await workers.close();
  }
}
