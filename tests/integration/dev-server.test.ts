import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { NativeConnection } from '@temporalio/worker';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { createActivities } from '../../activities';
import { createCaseWorker } from '../../workers/case-worker';
import { caseActionUpdates, caseStatusQuery } from '../../workflows/case/messages';
import { caseIdOf, type CaseInput } from '../../workflows/case/workflow';
import { temporalCliPath } from '../../scripts/lib/dev-server';
import type { AanmeldingInput } from '../../domain/records';
import { exampleAanmelding } from '../support/aanmelding';
import { testDataConverter, workflowBundle } from '../support/time-skipping';
import { startDevServerFixture, type DevServerFixture } from '../support/dev-server';
import { untilDefined } from '../support/eventually';

/** Against the real Temporal CLI dev server (SQLite file): visibility, restarts, encryption at rest. */

let fx: DevServerFixture;
let workerConnection: NativeConnection;
let stopWorker: () => Promise<void>;
const taskQueue = 'integration-cases';
const resident = { bsn: '123456782', name: 'Zwartkruis-Oudshoorn' };

async function runWorker() {
  workerConnection = await NativeConnection.connect({ address: fx.server.address });
  const worker = await createCaseWorker({
    connection: workerConnection,
    namespace: fx.namespace,
    taskQueue,
    activities: createActivities({
      dataDir: path.join(fx.dir, 'data'),
      accessCodeSecret: 'test-secret-'.repeat(4),
      portalUrl: 'http://localhost:3000/schuldeisers',
    }),
    dataConverter: testDataConverter,
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  return async () => {
    worker.shutdown();
    await running;
    await workerConnection.close();
  };
}

beforeAll(async () => {
  fx = await startDevServerFixture();
  stopWorker = await runWorker();
}, 180_000);
afterAll(async () => {
  await stopWorker?.();
  await fx?.stop();
});

async function startCase(caseNumber: string, overrides: Partial<AanmeldingInput> = {}) {
  const aanmelding = exampleAanmelding({ requestDate: amsterdamDateOf(Date.now()), ...overrides });
  const input: CaseInput = { caseNumber, aanmelding };
  return fx.client.workflow.start('caseWorkflow', {
    args: [input],
    taskQueue,
    workflowId: caseIdOf(aanmelding.gemeenteCode, caseNumber),
  });
}

function cli(...args: string[]): string {
  return execFileSync(
    temporalCliPath,
    [...args, '--address', fx.server.address, '--namespace', fx.namespace],
    {
      encoding: 'utf8',
    },
  );
}

const eventually = <T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000) =>
  untilDefined(probe, timeoutMs, 300);

describe('case workflow on the Temporal dev server', () => {
  it('is found by its search attributes with `temporal workflow list --query`', async () => {
    const crisis = await startCase('INT-1', { crisisSituation: 'afsluiting-energie-water' });
    await startCase('INT-2');
    const listed = await eventually(() => {
      const out = cli(
        'workflow',
        'list',
        '--query',
        "Gemeente = 'GM0599' AND Crisis = true AND CasePhase = 'aanmelding'",
        '--output',
        'json',
      );
      const rows = JSON.parse(out || '[]') as { execution: { workflowId: string } }[];
      return rows.length ? rows : undefined;
    });
    expect(listed.map((r) => r.execution.workflowId)).toEqual([crisis.workflowId]);
  });

  it('keeps personal data out of stored history: only ciphertext reaches the server', async () => {
    const handle = await startCase('INT-3');
    await handle.query(caseStatusQuery); // the worker has run the first task
    const raw = await fx.connection.workflowService.getWorkflowExecutionHistory({
      namespace: fx.namespace,
      execution: { workflowId: handle.workflowId },
    });
    const bytes = Buffer.from(JSON.stringify(raw.history)).toString('latin1');
    const rawBytes = Buffer.concat(
      (raw.history?.events ?? []).flatMap((e) =>
        (e.workflowExecutionStartedEventAttributes?.input?.payloads ?? []).map((p) =>
          Buffer.from(p.data ?? []),
        ),
      ),
    ).toString('latin1');
    expect(rawBytes.length).toBeGreaterThan(0);
    for (const secret of [resident.bsn, resident.name, 'Zwartkruis']) {
      expect(bytes).not.toContain(secret);
      expect(rawBytes).not.toContain(secret);
    }
    // The same history read through our codec does carry them: encryption, not omission.
    const startPayloads = raw.history!.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads!;
    const input = await testDataConverter.payloadCodecs![0]!.decode(startPayloads);
    expect(Buffer.from(input[0]!.data!).toString()).toContain(resident.name);
    // And the CLI, which has no key, shows no plain text either.
    expect(cli('workflow', 'show', '--workflow-id', handle.workflowId, '--output', 'json')).not.toContain(
      resident.bsn,
    );
  });

  it('survives a dev-server restart on the same SQLite file: the running case completes', async () => {
    const handle = await startCase('INT-4');
    expect((await handle.query(caseStatusQuery)).phase).toBe('aanmelding');
    await stopWorker();
    await fx.restart();
    stopWorker = await runWorker();
    const listed = cli('workflow', 'describe', '--workflow-id', handle.workflowId, '--output', 'json');
    expect(JSON.parse(listed).workflowExecutionInfo.status).toMatch(/RUNNING/);
    const today = amsterdamDateOf(Date.now());
    await handle.executeUpdate(caseActionUpdates['eerste-gesprek'], {
      args: [{ officerId: 'medewerker-001', date: today }],
    });
    await handle.executeUpdate(caseActionUpdates['beschikking-afwijzing'], {
      args: [
        {
          officerId: 'medewerker-001',
          date: today,
          grounds: [{ ground: 'verordening', explanation: 'Geen woonplaats in de gemeente.' }],
        },
      ],
    });
    expect(await handle.result()).toEqual({ phase: 'afgesloten', closedReason: 'afgewezen', breaches: [] });
  });
});
