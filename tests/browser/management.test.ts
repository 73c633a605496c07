import * as fs from 'node:fs';
import type { CivilDate } from '../../domain/civil-date';
import { managementFigures } from '../../domain/management/figures';
import { page as layout } from '../../console/layout';
import { managementBody } from '../../console/management';
import { exampleEvents } from '../ddas/cases';
import { openBrowser, shot, type Browser } from './support';

/**
 * The management page in Debian's chromium: its charts over the hand-built cases, a screenshot, and axe-core with
 * no violation. The page is rendered by the console's own layout and loaded as is (the route is not wired yet).
 */
let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => browser?.close());

it('shows every figure as an SVG with a title and the same data as a table, and axe finds nothing', async () => {
  const d = (s: string) => s as CivilDate;
  const figures = managementFigures(exampleEvents, {
    gemeente: 'GM0599',
    from: d('2026-01-01'),
    to: d('2026-12-31'),
    today: d('2026-12-01'),
  });
  const markup = layout({
    title: 'Cijfers',
    body: managementBody({ gemeente: 'GM0599', from: '2026-01-01', to: '2026-12-31', figures }),
  });
  const { page } = browser;
  await page.setContent(markup);
  expect(await page.locator('svg[role="img"] > title').count()).toBe(figures.length);
  expect(await page.locator('table caption').count()).toBe(figures.length);
  // The outcome bar "saneringskrediet" links to the list that names case A.
  await page.locator('#uitkomsten-kop ~ table a[href="#uitkomsten-zaken-1"]').click();
  await page.locator('#uitkomsten-zaken-1 summary').click();
  expect(await page.locator('#uitkomsten-zaken-1 a').getAttribute('href')).toBe(
    '/console/zaken/case-GM0599-2025-0001',
  );
  await shot(page, 'management-cijfers');
  await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
}, 60_000);
