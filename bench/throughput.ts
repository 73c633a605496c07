import { temporal } from '@temporalio/proto';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import { aanmeldingSchema } from '../domain/records';
import { creditorTrackIdOf } from '../workflows/case/ids';
import { exampleAanmeldingInput } from '../tests/support/aanmelding';
import { goSignal } from './support/trivial-workflow';
import { pool, poll, type BenchEnv } from './support/environment';

/**
 * Benchmark 1: cases from aanmelding through stabilisatie (5 creditors each) on the dev server, driven through
 * the CaseService the API uses, against the same number of trivial workflows (one timer, one signal, one
 * activity) in the same run.
 */
const EventType = temporal.api.enums.v1.EventType;

export interface ThroughputResult {
  cases: number;
  creditorsPerCase: number;
  concurrency: number;
  trivial: { seconds: number; perSecond: number; eventsPerWorkflow: number; tasksPerWorkflow: number; businessEvents: number };
  case: {
    seconds: number;
    perSecond: number;
    eventsPerCase: number;
    tasksPerCase: number;
    businessEvents: number;
    maxEventsPerRun: number;
  };
  /** Wall time per business event of a case ÷ that of the trivial workflow. Target ≤ 3. */
  costRatio: number;
}

async function historyStats(env: BenchEnv, workflowId: string): Promise<{ events: number; tasks: number; maxRun: number }> {
  let runId: string | undefined = (await env.client.workflow.getHandle(workflowId).describe()).runId;
  let events = 0;
  let tasks = 0;
  let maxRun = 0;
  while (runId) {
    const history: temporal.api.history.v1.IHistory = await env.client.workflow.getHandle(workflowId, runId).fetchHistory();
    const list: temporal.api.history.v1.IHistoryEvent[] = history.events ?? [];
    events += list.length;
    maxRun = Math.max(maxRun, list.length);
    tasks += list.filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED).length;
    runId = list[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
  }
  return { events, tasks, maxRun };
}

function aanmeldingWith(creditorCount: number) {
  const example = exampleAanmeldingInput();
  const template = example.creditors![1]!;
  const creditors = Array.from({ length: creditorCount }, (_, i) => ({ ...template, id: `sch-${i + 1}`, name: `Schuldeiser ${i + 1}` }));
  return aanmeldingSchema.parse({
    ...example,
    requestDate: amsterdamDateOf(Date.now()),
    creditors,
    claims: creditors.map((c, i) => ({ creditorId: c.id, amount: 25_000 + i, reference: `REF-${i + 1}` })),
  });
}

export async function benchThroughput(env: BenchEnv, opts: { cases?: number; concurrency?: number } = {}): Promise<ThroughputResult> {
  const n = opts.cases ?? 200;
  const concurrency = opts.concurrency ?? 20;
  const creditorsPerCase = 5;
  const { stop } = await env.newWorker();
  try {
    // Baseline.
    const t0 = Date.now();
    const trivialIds = await pool(Array.from({ length: n }, (_, i) => i), concurrency, async (i) => {
      const handle = await env.client.workflow.start('trivialWorkflow', { taskQueue: env.taskQueue, workflowId: `trivial-${i}` });
      await handle.signal(goSignal);
      await handle.result();
      return handle.workflowId;
    });
    const trivialSeconds = (Date.now() - t0) / 1000;
    const trivialStats = await historyStats(env, trivialIds[0]!);

    // Cases, driven like officers and creditors do.
    const aanmelding = aanmeldingWith(creditorsPerCase);
    const today = aanmelding.requestDate;
    const plan = { goal: 'Schuldregeling', residentActions: ['Post meenemen'], gemeenteActions: ['Pauze vragen'] };
    const t1 = Date.now();
    const caseIds = await pool(Array.from({ length: n }, (_, i) => i), concurrency, async (i) => {
      const { caseId } = await env.service.start(`BENCH-${i}`, aanmelding);
      await env.service.act(caseId, 'eerste-gesprek', 'medewerker-001', { date: today });
      await env.service.act(caseId, 'beschikking-toelating', 'medewerker-001', { date: today, plan });
      await poll(async () => (await env.service.status(caseId)).creditors.every((c) => c.phase === 'wacht-op-antwoord'));
      for (let c = 1; c <= creditorsPerCase; c++) {
        await env.service.answer(caseId, `sch-${c}`, 'saldo-opgave', { amount: 30_000, reference: `SALDO-${c}` });
      }
      await poll(async () => (await env.service.status(caseId)).creditors.every((c) => c.answer === 'saldo-opgave'));
      await env.service.act(caseId, 'stabilisatie-complete', 'medewerker-001', { date: today });
      return caseId;
    });
    const caseSeconds = (Date.now() - t1) / 1000;

    // History of one case: its runs plus its tracks.
    const sample = caseIds[0]!;
    const caseStats = await historyStats(env, sample);
    const trackStats = await Promise.all(
      Array.from({ length: creditorsPerCase }, (_, c) => historyStats(env, creditorTrackIdOf(sample, `sch-${c + 1}`))),
    );
    const eventsPerCase = caseStats.events + trackStats.reduce((s, t) => s + t.events, 0);
    const tasksPerCase = caseStats.tasks + trackStats.reduce((s, t) => s + t.tasks, 0);
    const maxEventsPerRun = Math.max(caseStats.maxRun, ...trackStats.map((t) => t.maxRun));

    // Business events: what a person does or receives. Trivial: timer, signal, activity.
    // Case: start, gesprek, toelating, stabilisatie complete, 5 answers, 2 letters per creditor + toelating letter.
    const trivialBusiness = 3;
    const caseBusiness = 4 + creditorsPerCase + 2 * creditorsPerCase + 1;
    const trivialCost = trivialSeconds / n / trivialBusiness;
    const caseCost = caseSeconds / n / caseBusiness;
    return {
      cases: n,
      creditorsPerCase,
      concurrency,
      trivial: {
        seconds: trivialSeconds,
        perSecond: n / trivialSeconds,
        eventsPerWorkflow: trivialStats.events,
        tasksPerWorkflow: trivialStats.tasks,
        businessEvents: trivialBusiness,
      },
      case: { seconds: caseSeconds, perSecond: n / caseSeconds, eventsPerCase, tasksPerCase, businessEvents: caseBusiness, maxEventsPerRun },
      costRatio: caseCost / trivialCost,
    };
  } finally {
    await stop();
  }
}

export function formatThroughput(r: ThroughputResult): string[] {
  return [
    `| 1. throughput (dev server) | trivial workflow: ${r.cases} in ${r.trivial.seconds.toFixed(1)} s = ${r.trivial.perSecond.toFixed(1)}/s, ` +
      `${r.trivial.eventsPerWorkflow} events, ${r.trivial.tasksPerWorkflow} workflow tasks | ` +
      `case through stabilisatie (${r.creditorsPerCase} creditors): ${r.cases} in ${r.case.seconds.toFixed(1)} s = ${r.case.perSecond.toFixed(2)}/s, ` +
      `${r.case.eventsPerCase} events and ${r.case.tasksPerCase} workflow tasks per case (largest run ${r.case.maxEventsPerRun}) | ` +
      `cost per business event ${r.costRatio.toFixed(2)}× the trivial workflow's (target ≤ 3) |`,
  ];
}
