import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { amsterdamDateOf, startOfDayInstant } from '../domain/amsterdam-time';
import type { CivilDate } from '../domain/civil-date';
import type { AanmeldingInput } from '../domain/records';
import { FileNotificationStore } from '../activities/notifications/file-store';
import { javaTestServerPath } from '../scripts/lib/dev-server';
import { registerSearchAttributes } from '../scripts/lib/search-attribute-registry';
import { CaseDriver, DAY, type CaseRef } from '../tests/support/case-driver';
import { exampleAanmeldingInput } from '../tests/support/aanmelding';
import { allRuns, type RunHistory } from '../tests/support/lifecycle';
import { HOUR, OplossingDriver, OplossingRef } from '../tests/support/oplossing-driver';
import type { Harness } from '../tests/support/time-skipping';
import { creditorTrackIdOf } from '../workflows/case/ids';
import { oplossingIdOf } from '../workflows/oplossing/input';
import type { OplossingStatus } from '../workflows/oplossing/state';
import { createBenchActivities } from './support/activities';
import { benchBundle, benchDataConverter, installBenchRuntime, pool } from './support/environment';
import { MONTH_MS, monthlyPaymentSignal } from './support/monthly-workflow';

/**
 * Benchmark 2: N cases through their whole life on Temporal's Java time-skipping test server, driven like
 * officers, creditors, the waarborgfonds and the kredietbank do (CaseService and the oplossing updates):
 * aanmelding → eerste gesprek → toelating → stabilisatie (kennisgeving, saldoverzoek, one creditor silent until
 * reminded in half the cases) → oplossing with a saneringskrediet (betaalvoorstel, a heroverweging in some
 * cases, a waarborgfonds risk check above € 5.000) → 18 monthly instalments → finale kwijting → nazorg →
 * the case closes. All cases move in step: the server has one clock, so the driver lets time pass for all of
 * them at once and acts for each case in between.
 *
 * Then every run of every workflow (case runs, creditor tracks, oplossing runs; continue-as-new chains followed
 * back from the last run) is read for its history length.
 *
 * Baseline, same server and run: N workflows that wait 18 monthly timers and get one payment signal a month,
 * driven the same way (time passes for all, then a signal to each).
 */

const EventType = temporal.api.enums.v1.EventType;

export interface LifecycleOptions {
  cases?: number;
  /** Client calls in flight at once. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface RunStats {
  runs: number;
  maxEvents: number;
  meanEvents: number;
  maxWorkflowType: string;
  maxWorkflowId: string;
  /** Per workflow type: runs, max and mean events per run. */
  byType: Record<string, { runs: number; maxEvents: number; meanEvents: number; workflowTasks: number }>;
}

export interface LifecycleResult {
  cases: number;
  creditors: { total: number; min: number; max: number };
  months: number;
  concurrency: number;
  /** Wall seconds per stage of the lifecycle, in order. */
  stages: { name: string; seconds: number }[];
  seconds: number;
  outcomes: Record<string, number>;
  events: RunStats;
  baseline: { workflows: number; months: number; seconds: number; events: RunStats };
  /** Lifecycle wall time ÷ baseline wall time. */
  wallRatio: number;
  /** Max events per run ÷ the baseline's. */
  eventsRatio: number;
}

const KREDIETBANK = 'Kredietbank Rotterdam';

interface World {
  env: TestWorkflowEnvironment;
  h: Harness;
  stop(): Promise<void>;
}

async function createWorld(): Promise<World> {
  installBenchRuntime();
  // createTimeSkipping() with one change: the client's gRPC keepalive. The SDK pings every 30 s even without
  // calls; the Java test server (Netty defaults) answers that with GOAWAY "too_many_pings" after a minute or
  // two, which cancels whatever call is in flight (seen here as a cancelled env.sleep). A benchmark that runs
  // for minutes needs the quieter setting; the public factory does not pass connection options on, the
  // underlying create() does.
  const create = (TestWorkflowEnvironment as unknown as { create(options: unknown): Promise<TestWorkflowEnvironment> })
    .create;
  // The SDK gives the server 5 s to start; on a loaded 2-core machine the JVM sometimes needs longer: retry.
  const start = () => create.call(TestWorkflowEnvironment, {
    server: { type: 'time-skipping', executable: { type: 'existing-path', path: process.env.BENCH_TS_SERVER ?? javaTestServerPath } },
    client: { dataConverter: benchDataConverter },
    supportsTimeSkipping: true,
    connectionOptions: {
      channelArgs: { 'grpc.keepalive_permit_without_calls': 0, 'grpc.keepalive_time_ms': 600_000 },
    },
  });
  let env: TestWorkflowEnvironment | undefined;
  for (let attempt = 1; !env; attempt++) {
    try {
      env = await start();
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await registerSearchAttributes(env.connection, 'default');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-bench-lifecycle-'));
  const taskQueue = 'bench-lifecycle';
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    workflowBundle: await benchBundle(),
    activities: createBenchActivities({
      dataDir,
      accessCodeSecret: 'bench-secret-'.repeat(4),
      portalUrl: 'http://localhost:3000/schuldeisers',
    }),
    dataConverter: benchDataConverter,
  });
  const running = worker.run();
  const stopWorker = async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  };
  const h: Harness = {
    worker,
    stop: stopWorker,
    taskQueue,
    dataDir,
    notifications: new FileNotificationStore(path.join(dataDir, 'notifications')),
  };
  return {
    env,
    h,
    async stop() {
      await stopWorker();
      await env.teardown();
    },
  };
}

/** Creditors of case i: the example's three (Belastingdienst preferent, verhuurder, CJIB) plus 0–2 more. */
function creditorsOf(i: number): Pick<AanmeldingInput, 'creditors' | 'claims'> {
  const example = exampleAanmeldingInput();
  const template = example.creditors![1]!;
  const extra = i % 3;
  const creditors = [
    ...example.creditors!,
    ...Array.from({ length: extra }, (_, k) => ({
      ...template,
      id: `sch-${k + 4}`,
      name: `Schuldeiser ${k + 4}`,
      type: 'overig' as const,
    })),
  ];
  return {
    creditors,
    claims: creditors.map((c, k) => ({ creditorId: c.id, amount: 150_000 + 75_000 * k, reference: `REF-${k + 1}` })),
  };
}

/**
 * While any case is being polled, one loop lets test-server time pass a second at a time (as the tests' until()
 * does per try); the pollers themselves only wait in real time. One ticker, not one env.sleep per case.
 */
class Ticker {
  private active = 0;
  private loop?: Promise<void>;
  constructor(private readonly env: TestWorkflowEnvironment) {}

  async until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 180_000): Promise<T> {
    this.active++;
    this.loop ??= this.tick();
    let lastError: unknown;
    try {
      for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
        try {
          // On the Java test server a query that meets a continue-as-new can stay unanswered: give each try 5 s.
          const value = await Promise.race([
            probe(),
            new Promise<never>((_, reject) => setTimeout(() => reject(new Error('probe timed out')), 5000)),
          ]);
          if (value) return value;
        } catch (error) {
          lastError = error;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      this.active--;
    }
    throw new Error(`lifecycle bench: not reached: ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
  }

  /** Resolves once the ticker has stopped: two env.sleep calls must never overlap (the server then hangs). */
  async settled(): Promise<void> {
    while (this.loop) await this.loop;
  }

  private async tick(): Promise<void> {
    while (this.active > 0) {
      await skip(this.env, 1000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    this.loop = undefined;
  }
}

/**
 * env.sleep(ms), but done when the server's clock has passed the target. Seen here: the server reaches the target
 * time and locks time skipping again, yet the env.sleep() call never returns (more often the more calls there are).
 */
async function skip(env: TestWorkflowEnvironment, ms: number): Promise<void> {
  const target = (await env.currentTimeMs()) + ms;
  const call = env.sleep(ms).then(
    () => true,
    () => true,
  );
  for (;;) {
    const done = await Promise.race([call, new Promise<boolean>((r) => setTimeout(() => r(false), 250))]);
    if (done || (await env.currentTimeMs()) >= target) return;
  }
}

function bindTicker(env: TestWorkflowEnvironment) {
  const ticker = new Ticker(env);
  return {
    until: ticker.until.bind(ticker),
    /** Lets test-server time pass, after the ticker has stopped. */
    sleep: async (ms: number) => {
      await ticker.settled();
      await skip(env, ms);
    },
  };
}

async function sleepTo(env: TestWorkflowEnvironment, sleep: (ms: number) => Promise<void>, date: CivilDate): Promise<void> {
  const target = startOfDayInstant(date) + 12 * HOUR;
  const now = await env.currentTimeMs();
  if (target > now) await sleep(target - now);
}

async function today(env: TestWorkflowEnvironment): Promise<CivilDate> {
  return amsterdamDateOf(await env.currentTimeMs());
}

/** Runs of one workflow id; a missing workflow (never started) counts as none. */
async function runsOf(env: TestWorkflowEnvironment, workflowId: string): Promise<RunHistory[]> {
  try {
    return await allRuns(env, workflowId);
  } catch {
    return [];
  }
}

function runStats(runs: { type: string; workflowId: string; events: number; tasks: number }[]): RunStats {
  const byType: RunStats['byType'] = {};
  let max = runs[0]!;
  for (const r of runs) {
    if (r.events > max.events) max = r;
    const t = (byType[r.type] ??= { runs: 0, maxEvents: 0, meanEvents: 0, workflowTasks: 0 });
    t.runs++;
    t.maxEvents = Math.max(t.maxEvents, r.events);
    t.meanEvents += r.events; // summed here, divided below
    t.workflowTasks += r.tasks;
  }
  for (const t of Object.values(byType)) t.meanEvents /= t.runs;
  return {
    runs: runs.length,
    maxEvents: max.events,
    meanEvents: runs.reduce((s, r) => s + r.events, 0) / runs.length,
    maxWorkflowType: max.type,
    maxWorkflowId: max.workflowId,
    byType,
  };
}

function describeRuns(history: RunHistory[]) {
  return history.map((r) => {
    const events = r.history.events ?? [];
    return {
      type: events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? 'unknown',
      workflowId: r.workflowId,
      events: events.length,
      tasks: events.filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED).length,
    };
  });
}

async function baseline(world: World, n: number, months: number, concurrency: number) {
  const { env, h } = world;
  const { until, sleep } = bindTicker(env);
  const t0 = Date.now();
  const handles = await pool(Array.from({ length: n }, (_, i) => i), concurrency, (i) =>
    env.client.workflow.start('monthlyTimersWorkflow', {
      args: [months],
      taskQueue: h.taskQueue,
      workflowId: `baseline-monthly-${i}`,
    }),
  );
  for (let month = 1; month <= months; month++) {
    await sleep(MONTH_MS);
    await pool(handles, concurrency, (handle) => handle.signal(monthlyPaymentSignal));
  }
  await pool(handles, concurrency, (handle) =>
    until(async () => (await handle.describe()).status.name === 'COMPLETED', `baseline ${handle.workflowId} done`),
  );
  const seconds = (Date.now() - t0) / 1000;
  const runs = (await pool(handles, concurrency, (handle) => runsOf(env, handle.workflowId))).flat();
  return { workflows: n, months, seconds, events: runStats(describeRuns(runs)) };
}

/** Gives up after `limitMs` instead of hanging (see the README: the Java test server can stop answering). */
export async function benchLifecycle(opts: LifecycleOptions & { limitMs?: number } = {}): Promise<LifecycleResult> {
  const limitMs = opts.limitMs ?? 15 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      runLifecycle(opts),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`lifecycle bench: not finished within ${limitMs / 60_000} min`)), limitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function runLifecycle(opts: LifecycleOptions): Promise<LifecycleResult> {
  const n = opts.cases ?? 100;
  const concurrency = opts.concurrency ?? 25;
  const log = opts.log ?? (() => {});
  const world = await createWorld();
  const { env, h } = world;
  try {
    const { until, sleep } = bindTicker(env);
    const cases = new CaseDriver(env, h, 'LIFE');
    const opDriver = new OplossingDriver(env, h, 'LIFE');
    const indices = Array.from({ length: n }, (_, i) => i);
    const each = <R>(task: (i: number) => Promise<R>) => pool(indices, concurrency, task);
    const stages: { name: string; seconds: number }[] = [];
    let mark = Date.now();
    const stage = (name: string) => {
      const now = Date.now();
      stages.push({ name, seconds: (now - mark) / 1000 });
      log(`lifecycle: ${name} in ${((now - mark) / 1000).toFixed(1)} s`);
      mark = now;
    };
    const t0 = Date.now();

    // Aanmelding: appointment for the eerste gesprek; a noodstop in one case of three.
    const creditorIds: string[][] = indices.map((i) => creditorsOf(i).creditors!.map((c) => c.id));
    const refs: CaseRef[] = await each(async (i) => {
      const c = await cases.start(creditorsOf(i));
      await c.act('plan-eerste-gesprek', {
        appointment: { date: await cases.today(), time: '10:30', location: 'Stadswinkel Centrum' },
      });
      if (i % 3 === 0) await c.act('noodstop-pull', { reason: 'Beslag op loon aangekondigd' });
      return c;
    });
    log('lifecycle: cases started');
    await sleep(3 * DAY);
    log('lifecycle: 3 days later');
    // Eerste gesprek and toelating; kennisgeving and saldoverzoek to every creditor.
    await each(async (i) => {
      const c = refs[i]!;
      await c.admit();
      await until(
        async () => (await c.status()).creditors.every((x) => x.phase === 'wacht-op-antwoord'),
        `${c.caseId}: kennisgevingen sent`,
      );
    });
    stage('aanmelding to stabilisatie');

    // Answers: the preferent Belastingdienst stays silent in half the cases until reminded; the verhuurder
    // agrees in advance (collectief schuldregelen) in one case of four; the rest send a saldo-opgave.
    const silent = (i: number) => i % 2 === 0;
    const answer = async (i: number, creditorId: string, k: number) => {
      const caseId = refs[i]!.caseId;
      if (creditorId === 'woonstad' && i % 4 === 1) await cases.service.answer(caseId, creditorId, 'vooraf-akkoord', {});
      else
        await cases.service.answer(caseId, creditorId, 'saldo-opgave', {
          amount: 200_000 + 90_000 * k + 1_000 * (i % 10),
          reference: `SALDO-${creditorId}`,
        });
    };
    await each(async (i) => {
      for (const [k, id] of creditorIds[i]!.entries()) if (k > 0 || !silent(i)) await answer(i, id, k);
    });
    log('lifecycle: answers sent');
    await sleep(20 * DAY); // past the 10 werkdagen: the silent creditors are reminded
    await each(async (i) => {
      const c = refs[i]!;
      if (silent(i)) await answer(i, creditorIds[i]![0]!, 0);
      await until(async () => (await c.status()).creditors.every((x) => x.answer !== undefined), `${c.caseId}: answers`);
      await c.act('stabilisatie-complete', { date: await cases.today() });
      await until(async () => (await c.status()).phase === 'oplossing', `${c.caseId}: oplossing phase`);
    });
    stage('stabilisatie (answers, reminders)');

    // Oplossing: a saneringskrediet. Afloscapaciteit € 200/month (18 × = € 3.600, guaranteed automatically),
    // € 350 in one case of five (€ 6.300: the waarborgfonds decides after a risk check). One creditor rejects
    // the betaalvoorstel in one case of ten and agrees after the heroverweging.
    const ops: OplossingRef[] = refs.map((c) => new OplossingRef(opDriver, oplossingIdOf(c.caseId), c.caseId));
    await each(async (i) => {
      const o = ops[i]!;
      await until(async () => (await o.status()) ?? false, `${o.id}: started`);
      const s = await o.officer('oplossing-start', {
        afloscapaciteitPerMonth: i % 5 === 4 ? 35_000 : 20_000,
        vtlbBasis: 'VTLB 2026',
        form: 'saneringskrediet',
        kredietbank: KREDIETBANK,
      });
      const proposed = s.creditors.filter((x) => x.stage === 'voorgesteld').map((x) => x.creditorId);
      for (const [k, creditorId] of proposed.entries()) {
        if (k === 0 && i % 10 === 3) {
          await o.act('voorstel-afwijzing', { creditorId, reason: 'Aanbod te laag' });
        }
        await o.act('voorstel-akkoord', { creditorId });
      }
    });
    await sleep(2 * DAY);
    await each(async (i) => {
      const o = ops[i]!;
      const s = await o.status();
      if (s.phase === 'borgstelling') {
        await o.act('borgstelling-besluit', { by: `WF-2026-${i}`, date: await today(env), granted: true });
      }
      await until(async () => (await o.status()).phase === 'looptijd', `${o.id}: looptijd`);
    });
    stage('oplossing: betaalvoorstel, borgstelling');

    // Looptijd: each instalment paid on its due date; time passes to the next due date for all cases at once.
    let instalments = 0;
    for (;;) {
      const due = (await each((i) => ops[i]!.status())).map((s) => s.nextDuePayment);
      const dates = due.flatMap((d) => (d ? [d.dueDate] : [])).sort();
      if (dates.length === 0) break;
      await sleepTo(env, sleep, dates[0]!);
      const now = await today(env);
      await each(async (i) => {
        const next = due[i];
        if (next && next.dueDate <= now) {
          await ops[i]!.officer('betaling', { date: next.dueDate, amount: next.amountCents });
          instalments++;
        }
      });
    }
    stage(`looptijd: ${instalments} instalments paid`);

    // Finale kwijting (granted against the kredietbank's payment), nazorg check-ins, and the case closes.
    const closed = async (i: number) => (await refs[i]!.handle.describe()).status.name !== 'RUNNING';
    for (let month = 0; month < 24; month++) {
      const open = (await each(async (i) => !(await closed(i)))).filter(Boolean).length;
      if (open === 0) break;
      await sleep(MONTH_MS);
    }
    await each((i) => until(() => closed(i), `${refs[i]!.caseId}: closed`));
    stage('finale kwijting, nazorg, case closed');
    const seconds = (Date.now() - t0) / 1000;

    const outcomes: Record<string, number> = {};
    const finals: OplossingStatus[] = await each((i) => ops[i]!.status());
    for (const f of finals) outcomes[`oplossing ${f.outcome ?? f.phase}`] = (outcomes[`oplossing ${f.outcome ?? f.phase}`] ?? 0) + 1;
    const caseEnds = await each(async (i) => (await refs[i]!.status()).closedReason ?? 'open');
    for (const r of caseEnds) outcomes[`case ${r}`] = (outcomes[`case ${r}`] ?? 0) + 1;

    // Every run of every workflow.
    const histories = (
      await each(async (i) => {
        const caseId = refs[i]!.caseId;
        const ids = [caseId, oplossingIdOf(caseId), ...creditorIds[i]!.map((c) => creditorTrackIdOf(caseId, c))];
        return (await Promise.all(ids.map((id) => runsOf(env, id)))).flat();
      })
    ).flat();
    const events = runStats(describeRuns(histories));
    log(`lifecycle: ${events.runs} runs read; baseline next`);

    const base = await baseline(world, n, 18, concurrency);
    const counts = creditorIds.map((c) => c.length);
    return {
      cases: n,
      creditors: { total: counts.reduce((a, b) => a + b, 0), min: Math.min(...counts), max: Math.max(...counts) },
      months: 18,
      concurrency,
      stages,
      seconds,
      outcomes,
      events,
      baseline: base,
      wallRatio: seconds / base.seconds,
      eventsRatio: events.maxEvents / base.events.maxEvents,
    };
  } finally {
    await world.stop();
  }
}

export function formatLifecycle(r: LifecycleResult): string[] {
  return [
    `| 2. whole lifecycle (time-skipping server) | ${r.baseline.workflows} workflows × ${r.baseline.months} monthly timers + payment signals: ` +
      `${r.baseline.seconds.toFixed(1)} s, ${r.baseline.events.maxEvents} events per run | ` +
      `${r.cases} cases (${r.creditors.total} creditors) aanmelding → saneringskrediet ${r.months} months → finale kwijting → nazorg → closed: ` +
      `${r.seconds.toFixed(1)} s; ${r.events.runs} workflow runs, events per run max ${r.events.maxEvents} (${r.events.maxWorkflowType}), ` +
      `mean ${r.events.meanEvents.toFixed(0)} | wall ${r.wallRatio.toFixed(2)}× baseline, max events ${r.eventsRatio.toFixed(2)}× baseline; ` +
      `target no run above 2,000 events: ${r.events.maxEvents <= 2000 ? 'met' : 'NOT met'} |`,
  ];
}

export function formatLifecycleDetails(r: LifecycleResult): string {
  const lines = [
    `Lifecycle on the time-skipping server: ${r.cases} cases, ${r.creditors.min}–${r.creditors.max} creditors each, ${r.concurrency} client calls at a time`,
    ...r.stages.map((s) => `  ${s.name.padEnd(44)} ${s.seconds.toFixed(1).padStart(7)} s`),
    `  ${'total'.padEnd(44)} ${r.seconds.toFixed(1).padStart(7)} s`,
    `outcomes: ${Object.entries(r.outcomes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    'workflow type            runs   max events/run   mean events/run   workflow tasks/run',
    ...Object.entries(r.events.byType).map(
      ([type, t]) =>
        `${type.padEnd(22)} ${String(t.runs).padStart(6)} ${String(t.maxEvents).padStart(16)} ${t.meanEvents.toFixed(0).padStart(17)} ${(t.workflowTasks / t.runs).toFixed(0).padStart(20)}`,
    ),
    `largest run: ${r.events.maxWorkflowId} (${r.events.maxEvents} events)`,
    `baseline: ${r.baseline.workflows} × monthlyTimersWorkflow(${r.baseline.months}) in ${r.baseline.seconds.toFixed(1)} s, ` +
      `${r.baseline.events.maxEvents} events per run`,
  ];
  return lines.join('\n');
}

if (require.main === module) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  benchLifecycle({ cases: Number(arg('cases') ?? 100), log: (l) => console.log(l) })
    .then((r) => {
      console.log(formatLifecycle(r).join('\n'));
      console.log(formatLifecycleDetails(r));
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
