import { runNodeTests } from './support';

/**
 * The schuldregeling pages over the API with fakes, in node's own test runner: the console calls the API with
 * Fastify's inject, whose ESM-only dependency jest cannot load, so these run as `node --import tsx --test`.
 */

it('renders and submits the schuldregeling pages of officer, creditor and waarborgfonds', () => {
  expect(runNodeTests('oplossing-pages.node.ts', 110_000)).toMatch(/# pass [1-9]/);
});
