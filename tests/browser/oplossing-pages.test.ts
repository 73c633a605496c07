import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The schuldregeling pages over the API with fakes, in node's own test runner: the console calls the API with
 * Fastify's inject, whose ESM-only dependency jest cannot load, so these run as `node --import tsx --test`.
 */

const root = path.resolve(__dirname, '../..');

it('renders and submits the schuldregeling pages of officer, creditor and waarborgfonds', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=tap', 'tests/browser/oplossing-pages.node.ts'],
    { cwd: root, encoding: 'utf8', timeout: 110_000 },
  );
  if (run.status !== 0) throw new Error(`node --test failed:\n${run.stdout}\n${run.stderr}`);
  expect(run.stdout).toMatch(/# fail 0/);
  expect(run.stdout).toMatch(/# pass [1-9]/);
});
