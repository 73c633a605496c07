import { NativeConnection, Worker } from '@temporalio/worker';
import { ActivityFailing, AttentionReason } from '../../workflows/attention/search-attributes';
import { attentionActivityInterceptor } from '../../workers/attention/activity-interceptor';
import { markerIdOf, temporalMarks } from '../../workers/attention/marker-client';
import { startDevServerFixture, type DevServerFixture } from '../support/dev-server';
import { testDataConverter } from '../support/time-skipping';
import { untilDefined } from '../support/eventually';

/**
 * The worker's attention marker on the real dev server: an activity that keeps failing marks its workflow in
 * visibility (ActivityFailing, AttentionReason) after N attempts, and its success ends the marker.
 */

let fx: DevServerFixture;
let connection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
const taskQueue = 'integration-activity-marker';
let release = false;

beforeAll(async () => {
  fx = await startDevServerFixture();
  connection = await NativeConnection.connect({ address: fx.server.address });
  worker = await Worker.create({
    connection,
    namespace: fx.namespace,
    taskQueue,
    workflowsPath: require.resolve('./workflows/flaky-activity'),
    activities: {
      flaky: async () => {
        if (!release) throw new Error('still broken');
        return 'done';
      },
    },
    dataConverter: testDataConverter,
    interceptors: {
      activity: [
        attentionActivityInterceptor({ marks: temporalMarks(fx.client, taskQueue), failingAttempts: 3 }),
      ],
    },
  });
  running = worker.run();
}, 180_000);
afterAll(async () => {
  worker?.shutdown();
  await running;
  await connection?.close();
  await fx?.stop();
});

const eventually = <T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000) =>
  untilDefined(probe, timeoutMs, 300);

it('marks a workflow whose activity keeps failing, found by a query, and unmarks it when the activity succeeds', async () => {
  const workflowId = 'case-GM0599-INT-FLAKY-1';
  const handle = await fx.client.workflow.start('flakyWorkflow', { taskQueue, workflowId });
  const query = `WorkflowType = 'attentionMarkerWorkflow' AND ExecutionStatus = 'Running' AND AttentionReason = 'activiteit-faalt' AND Gemeente = 'GM0599'`;
  const found = await eventually(async () => {
    for await (const info of fx.client.workflow.list({ query })) return info;
    return undefined;
  });
  expect(found.workflowId).toBe(markerIdOf(workflowId));
  expect(found.typedSearchAttributes.get(ActivityFailing)).toBe('flaky');
  expect(found.typedSearchAttributes.get(AttentionReason)).toBe('activiteit-faalt');
  const { raw } = await handle.describe();
  expect(raw.pendingActivities?.[0]?.attempt ?? 0).toBeGreaterThanOrEqual(3);

  release = true;
  expect(await handle.result()).toBe('done');
  await fx.client.workflow.getHandle(markerIdOf(workflowId)).result();
  await eventually(async () => ((await fx.client.workflow.count(query)).count === 0 ? true : undefined));
});
