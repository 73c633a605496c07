import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The management page ("Cijfers") in Debian's chromium, reached through the console's menu, over the API with
 * fakes and the hand-built cases: charts, tables, the cases behind every figure, the period picker, screenshots
 * and axe. It runs in node's own test runner (`node --import tsx --test`): the console calls the API with
 * Fastify's inject, whose ESM-only dependency jest cannot load.
 */

const root = path.resolve(__dirname, '../..');

it('shows the management page through the menu, every figure linked to its cases, and axe finds nothing', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=tap', 'tests/browser/management-page.node.ts'],
    { cwd: root, encoding: 'utf8', timeout: 170_000 },
  );
  if (run.status !== 0) throw new Error(`node --test failed:\n${run.stdout}\n${run.stderr}`);
  expect(run.stdout).toMatch(/# fail 0/);
  expect(run.stdout).toMatch(/# pass 3/);
}, 180_000);
