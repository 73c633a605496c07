import { runNodeTests } from './support';

/**
 * The management page ("Cijfers") in Debian's chromium, reached through the console's menu, over the API with
 * fakes and the hand-built cases: charts, tables, the cases behind every figure, the period picker, screenshots
 * and axe (tests/browser/management-page.node.ts, in node's own test runner: the console calls the API with
 * Fastify's inject, whose ESM-only dependency jest cannot load).
 */

it('shows the management page through the menu, every figure linked to its cases, and axe finds nothing', () => {
  expect(runNodeTests('management-page.node.ts', 170_000)).toMatch(/# pass 3/);
}, 180_000);
