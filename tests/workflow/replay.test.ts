import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { historyFromFile } from '../support/history-file';
import { quietRuntime, testDataConverter, workflowBundle } from '../support/time-skipping';

/**
 * Recorded histories (tests/histories/*.json) replayed against the current workflow code. A change that would
 * break running cases fails here, in CI, before it is deployed: guard it with patched() or a new workflow type.
 */
const dir = path.resolve(__dirname, '../histories');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

beforeAll(() => quietRuntime());

it('has recorded histories to replay', () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
});

it.each(files)('replays %s against the current code', async (file) => {
  const { workflowId, history } = historyFromFile(fs.readFileSync(path.join(dir, file), 'utf8'));
  await Worker.runReplayHistory(
    { workflowBundle: await workflowBundle(), dataConverter: testDataConverter },
    history,
    workflowId,
  );
});

it('fails on an incompatible change (control: the replay test can fail)', async () => {
  const { workflowId, history } = historyFromFile(
    fs.readFileSync(path.join(dir, 'v1-case-10-creditors-run-1.json'), 'utf8'),
  );
  const incompatible = await bundleWorkflowCode({
    workflowsPath: require.resolve('../histories/incompatible-workflow'),
    logger: new DefaultLogger('WARN'),
  });
  await expect(
    Worker.runReplayHistory(
      { workflowBundle: incompatible, dataConverter: testDataConverter },
      history,
      workflowId,
    ),
  ).rejects.toThrow(DeterminismViolationError);
});
