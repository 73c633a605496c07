import { runNodeTests } from './support';

/**
 * "Aandacht nodig" over more than one page, over the API with fakes, in node's own test runner
 * (tests/browser/supervisor-page.node.ts: the console calls the API with Fastify's inject, which jest cannot load).
 */

it('pages the supervisor list with its totals per reason and keeps the filters', () => {
  const output = runNodeTests('supervisor-page.node.ts', 60_000);
  expect(output).toMatch(/# pass 2/);
  expect(output).toMatch(/# fail 0/);
}, 70_000);
