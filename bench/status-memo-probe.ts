import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { NativeConnection } from '@temporalio/worker';
import { createActivities } from '../activities';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import { registerSearchAttributes } from '../scripts/lib/search-attribute-registry';
import { CaseService } from '../services/cases';
import { collect } from '../services/visibility';
import { exampleAanmelding } from '../tests/support/aanmelding';
import { CaseDriver } from '../tests/support/case-driver';
import { startDevServerFixture } from '../tests/support/dev-server';
import { bundleWithoutStatusMemo } from '../tests/support/pre-status-memo/bundle';
import { testDataConverter, workflowBundle } from '../tests/support/time-skipping';
import { createCaseWorker } from '../workers/case-worker';
import { leanVisibility } from '../services/visibility-lean';

/**
 * A case's status read with and without patched('status-memo'), on a dev server: `npx tsx bench/status-memo-probe.ts
 * [--cases 30] [--creditors 5] [--list-only]`. Per variant, N cases with a planned and held eerste gesprek and a
 * noodstop; then 3 status reads per case (CaseService.status) with no workflow in the worker's cache (maxCachedWorkflows 0:
 * without the memo every read replays the history), and 10 lists of all N cases (collect() through leanVisibility, as the case list and
 * supervisor views list): the list carries each case's memo, which it no longer decrypts.
 */
const { values } = parseArgs({
  options: { cases: { type: 'string' }, creditors: { type: 'string' }, 'list-only': { type: 'boolean' } },
});
const cases = Number(values.cases ?? 30);
const creditors = Number(values.creditors ?? 5);
const listOnly = values['list-only'] ?? false;

const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const figure = (xs: number[]) => `n=${xs.length} p50 ${at(xs, 0.5).toFixed(1)} ms, p95 ${at(xs, 0.95).toFixed(1)} ms`;
async function timed(n: number, call: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await call();
    out.push(performance.now() - start);
  }
  return out;
}

async function main(): Promise<void> {
  const f = await startDevServerFixture();
  await registerSearchAttributes(f.connection, f.namespace);
  const connection = await NativeConnection.connect({ address: f.server.address });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-memo-probe-'));
  const activities = createActivities({ dataDir, accessCodeSecret: 'probe-secret-'.repeat(4), portalUrl: 'http://localhost' });
  const variants = { 'with memo': workflowBundle(), 'without memo': bundleWithoutStatusMemo() };
  try {
    for (const [variant, bundle] of Object.entries(variants)) {
      const taskQueue = `probe-${variant.replace(' ', '-')}-${Date.now()}`;
      const worker = await createCaseWorker({
        ...{ connection, namespace: f.namespace, taskQueue, activities, dataConverter: testDataConverter },
        maxCachedWorkflows: listOnly ? undefined : 0,
        workflowBundle: await bundle,
      });
      await worker.runUntil(async () => {
        const service = new CaseService(f.client, taskQueue);
        const today = amsterdamDateOf(Date.now());
        const act = (id: string, action: 'plan-eerste-gesprek' | 'noodstop-pull' | 'eerste-gesprek', body: object) =>
          service.act(id, action, 'medewerker-001', body);
        const ids: string[] = [];
        for (let i = 0; i < cases; i++) {
          const aanmelding = exampleAanmelding({ requestDate: today, ...CaseDriver.creditors(creditors) });
          const { caseId } = await service.start(`P${i}-${Date.now()}`, aanmelding);
          await service.status(caseId); // its first task has run: an Update sent with the first task races the start
          await act(caseId, 'plan-eerste-gesprek', { appointment: { date: today, time: '10:00', location: 'Stadskantoor' } });
          await act(caseId, 'noodstop-pull', { reason: 'Beslag aangekondigd' });
          await act(caseId, 'eerste-gesprek', { date: today });
          ids.push(caseId);
        }
        await new Promise((resolve) => setTimeout(resolve, 3000)); // the letters and tracks settle
        const events = (await f.client.workflow.getHandle(ids[0]!).fetchHistory()).events?.length;
        if (!listOnly) {
          let next = 0;
          const reads = await timed(3 * cases, () => service.status(ids[next++ % cases]!));
          console.log(`${variant}: status read, no cache, ${creditors} creditors, ${events} events: ${figure(reads)}`);
        }
        const query = `TaskQueue = '${taskQueue}' AND WorkflowType = 'caseWorkflow'`;
        const lists = await timed(10, () => collect(leanVisibility(f.client), query, 1000));
        const raw = await f.connection.workflowService.listWorkflowExecutions({ namespace: f.namespace, query, pageSize: 1000 });
        const memoBytes = raw.executions.reduce(
          (n, e) => n + Object.values(e.memo?.fields ?? {}).reduce((m, p) => m + (p.data?.length ?? 0), 0),
          0,
        );
        console.log(`${variant}: list of ${cases} cases: ${figure(lists)}; memo ${Math.round(memoBytes / cases)} bytes per case`);
      });
    }
  } finally {
    await connection.close();
    await f.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
