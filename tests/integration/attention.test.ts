import { TypedSearchAttributes } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { amsterdamDateOf, deadlineInstant } from '../../domain/amsterdam-time';
import { addWerkdagen } from '../../domain/calendar';
import { addDays } from '../../domain/civil-date';
import { TemporalAttentionFinder } from '../../services/supervisor/attention';
import { leanVisibility } from '../../services/visibility-lean';
import { CaseService } from '../../services/cases';
import {
  CasePhase,
  DeadlineBreached,
  Gemeente,
  LastProgressAt,
  NextDeadline,
  OfficerId,
} from '../../workflows/case/search-attributes';
import { oplossingIdOf } from '../../workflows/oplossing/input';
import { exampleAanmelding } from '../support/aanmelding';
import { startDevServerFixture, type DevServerFixture } from '../support/dev-server';
import { testDataConverter } from '../support/time-skipping';
import { temporalMarks } from '../../workers/attention/marker-client';
import { watchWorkflowTaskFailures } from '../../workers/attention/workflow-task-watch';
import { untilDefined } from '../support/eventually';

/**
 * The supervisor view against the real Temporal CLI dev server (server 1.29.1, SQLite visibility): its
 * queries (cases and oplossingen, filters, LastProgressAt) are accepted, a case whose workflow task keeps
 * failing is reported as "workflowtaak faalt", and an oplossing is listed under its case.
 */

let fx: DevServerFixture;
let workerConnection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
const taskQueue = 'integration-broken-deploy';
const DAY = 86_400_000;

beforeAll(async () => {
  fx = await startDevServerFixture();
  workerConnection = await NativeConnection.connect({ address: fx.server.address });
  worker = await Worker.create({
    connection: workerConnection,
    namespace: fx.namespace,
    taskQueue,
    workflowsPath: require.resolve('./workflows/broken-deploy'),
    dataConverter: testDataConverter,
  });
  // As the production worker does (workers/main.ts): mark a run whose workflow tasks keep failing.
  watchWorkflowTaskFailures({
    worker,
    client: fx.client,
    marks: temporalMarks(fx.client, taskQueue),
    failingAttempts: 3,
  });
  running = worker.run();
}, 180_000);
afterAll(async () => {
  worker?.shutdown();
  await running;
  await workerConnection?.close();
  await fx?.stop();
});

const eventually = <T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000) =>
  untilDefined(probe, timeoutMs, 500);

function finder(now: () => Date) {
  // As the API reads visibility (api/wiring.ts): without the memo.
  return new TemporalAttentionFinder(leanVisibility(fx.client), {
    namespace: fx.namespace,
    temporalUiUrl: 'http://localhost:8233',
    dueWithinWerkdagen: 3,
    creditorWaitingDays: 20,
    progressDays: 30,
    workflowTaskAttempts: 3,
    now,
  });
}

describe('supervisor view on the Temporal dev server', () => {
  it('reports a case whose workflow task keeps failing, in Dutch, and lists an oplossing under its case', async () => {
    // A case started as the API starts one, on workflow code that fails every workflow task.
    const cases = new CaseService(fx.client, taskQueue);
    const aanmelding = exampleAanmelding({ requestDate: amsterdamDateOf(Date.now()) });
    const { caseId } = await cases.start('INT-WFT-1', aanmelding);
    await eventually(async () => {
      const { raw } = await fx.client.workflow.getHandle(caseId).describe();
      return (raw.pendingWorkflowTask?.attempt ?? 0) >= 3 ? true : undefined;
    });

    // An oplossing of another case: its term breached, as the oplossing workflow would publish it.
    const today = amsterdamDateOf(Date.now());
    const oplossingCase = 'case-GM0599-INT-OPL-1';
    await fx.client.workflow.start('oplossingWorkflow', {
      taskQueue,
      workflowId: oplossingIdOf(oplossingCase),
      typedSearchAttributes: new TypedSearchAttributes([
        { key: CasePhase, value: 'oplossing:betaalvoorstel' },
        { key: Gemeente, value: 'GM0599' },
        { key: OfficerId, value: 'medewerker-002' },
        { key: DeadlineBreached, value: true },
        { key: NextDeadline, value: new Date(deadlineInstant(addDays(today, -2))) },
        { key: LastProgressAt, value: new Date(Date.now() - 2 * DAY) },
      ]),
    });

    // Thirty-one days on, nothing has moved in the broken case.
    const later = () => new Date(Date.now() + 31 * DAY);
    // An oplossing in its looptijd, its next instalment due tomorrow then: no term, nothing to flag.
    await fx.client.workflow.start('oplossingWorkflow', {
      taskQueue,
      workflowId: oplossingIdOf('case-GM0599-INT-OPL-2'),
      typedSearchAttributes: new TypedSearchAttributes([
        { key: CasePhase, value: 'oplossing:looptijd' },
        { key: Gemeente, value: 'GM0599' },
        { key: OfficerId, value: 'medewerker-002' },
        { key: DeadlineBreached, value: false },
        { key: NextDeadline, value: new Date(deadlineInstant(addDays(today, 32))) },
        { key: LastProgressAt, value: later() },
      ]),
    });
    const f = finder(later);
    const items = await eventually(async () => {
      const found = await f.find({ gemeente: 'GM0599' }, amsterdamDateOf(later().getTime()));
      return found.some((i) => i.reasons.some((r) => r.code === 'workflowtaak-faalt')) ? found : undefined;
    });
    expect(items).toHaveLength(2);
    // Server 1.29.1 has no TemporalReportedProblems: the worker's attention marker found it.
    expect(f.usesReportedProblems).toBe(false);

    const broken = items.find((i) => i.caseId === caseId)!;
    expect(broken.reasons.map((r) => r.code)).toEqual(['workflowtaak-faalt', 'geen-voortgang']);
    expect(broken.reasons[0]!.message).toMatch(
      /^Workflowtaak in de zaak faalt herhaaldelijk \(3 keer of vaker\): de zaak staat stil tot de code is hersteld/,
    );
    expect(broken.reasons[1]!.message).toMatch(/^Geen voortgang sinds .+ \(31 dagen\)/);
    expect(broken).toMatchObject({
      gemeente: 'GM0599',
      officerId: aanmelding.officerId,
      phase: 'aanmelding',
    });
    expect(broken.temporalUiUrl).toBe(
      `http://localhost:8233/namespaces/${fx.namespace}/workflows/${encodeURIComponent(caseId)}`,
    );

    const opl = items.find((i) => i.caseId === oplossingCase)!;
    expect(opl).toMatchObject({
      caseReference: 'GM0599-INT-OPL-1',
      phase: 'oplossing',
      oplossingPhase: 'betaalvoorstel',
      workflowId: oplossingIdOf(oplossingCase),
    });
    expect(opl.reasons[0]!.code).toBe('termijn-overschreden');
    // A breached term comes first, then a case that cannot move on its own.
    expect(items.map((i) => i.caseId)).toEqual([oplossingCase, caseId]);

    // The filters apply to every rule, on both workflow types.
    const now = amsterdamDateOf(later().getTime());
    expect((await f.find({ phase: 'oplossing' }, now)).map((i) => i.caseId)).toEqual([oplossingCase]);
    expect((await f.find({ phase: 'aanmelding' }, now)).map((i) => i.caseId)).toEqual([caseId]);
    expect((await f.find({ officerId: 'medewerker-002' }, now)).map((i) => i.caseId)).toEqual([
      oplossingCase,
    ]);
    expect(await f.find({ gemeente: 'GM0363' }, now)).toEqual([]);
  }, 120_000);

  it('lists a term that ends on the last werkdag of the horizon (SQLite visibility and the exact instant)', async () => {
    const today = amsterdamDateOf(Date.now());
    const lastDay = addWerkdagen(today, 3);
    await fx.client.workflow.start('oplossingWorkflow', {
      taskQueue,
      workflowId: oplossingIdOf('case-GM0344-INT-EDGE-1'),
      typedSearchAttributes: new TypedSearchAttributes([
        { key: CasePhase, value: 'oplossing:betaalvoorstel' },
        { key: Gemeente, value: 'GM0344' },
        { key: OfficerId, value: 'medewerker-003' },
        { key: DeadlineBreached, value: false },
        // Exactly what the workflows store: the Amsterdam midnight after the deadline day.
        { key: NextDeadline, value: new Date(deadlineInstant(lastDay)) },
        { key: LastProgressAt, value: new Date() },
      ]),
    });
    const f = finder(() => new Date());
    const items = await eventually(async () => {
      const found = await f.find({ gemeente: 'GM0344' }, today);
      return found.length > 0 ? found : undefined;
    });
    expect(items.map((i) => i.caseId)).toEqual(['case-GM0344-INT-EDGE-1']);
    expect(items[0]!.reasons.find((r) => r.code === 'termijn-nadert')?.message).toMatch(
      /^Termijn verloopt over 3 werkdagen/,
    );
  }, 60_000);

  it('reads the same rows as the SDK client list, without the memo the lean list skips', async () => {
    const workflowId = 'case-GM0599-INT-LEAN-1';
    // Two rows read one a page: the lean list follows the page token as the client does.
    for (const [id, breached] of [
      [workflowId, true],
      ['case-GM0599-INT-LEAN-2', false],
    ] as const) {
      await fx.client.workflow.start('oplossingWorkflow', {
        taskQueue,
        workflowId: id,
        memo: { status: { phase: 'aanmelding', resident: 'wordt niet gelezen' } },
        typedSearchAttributes: new TypedSearchAttributes([
          { key: CasePhase, value: 'aanmelding' },
          { key: Gemeente, value: 'GM0777' },
          { key: DeadlineBreached, value: breached },
          { key: NextDeadline, value: new Date('2026-03-16T23:00:00Z') },
        ]),
      });
    }
    await fx.client.workflow.getHandle(workflowId).terminate('lean list test');
    const query = `Gemeente = 'GM0777'`;
    const rows = async (client: {
      workflow: {
        list(o: { query: string; pageSize?: number }): AsyncIterable<{
          workflowId: string;
          startTime: Date;
          status: { name: string };
          typedSearchAttributes: TypedSearchAttributes;
        }>;
      };
    }) => {
      const out = [];
      for await (const r of client.workflow.list({ query, pageSize: 1 })) {
        out.push({
          id: r.workflowId,
          started: r.startTime.toISOString(),
          status: r.status.name,
          phase: r.typedSearchAttributes.get(CasePhase),
          breached: r.typedSearchAttributes.get(DeadlineBreached),
          next: r.typedSearchAttributes.get(NextDeadline)?.toISOString(),
        });
      }
      return out;
    };
    const sdk = await eventually(async () => {
      const found = await rows(fx.client);
      return found.length === 2 && found.some((r) => r.status === 'TERMINATED') ? found : undefined;
    });
    expect(await rows(leanVisibility(fx.client))).toEqual(sdk);
    expect(sdk.find((r) => r.id === workflowId)).toMatchObject({
      id: workflowId,
      phase: 'aanmelding',
      breached: true,
      next: '2026-03-16T23:00:00.000Z',
    });
  }, 60_000);
});
