import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import type { ReportingStore } from '../../activities/reporting/store';
import { consolePlugin } from '../../console/plugin';
import { StoreManagementReader } from '../../services/management';
import { harness, NOW, TOKENS, type Harness } from '../api/support';
import { exampleEvents } from '../ddas/cases';
import { checkAxe, openBrowser, SCREENSHOT_DIR, shot, type Browser } from './support';

/**
 * The management page ("Cijfers") in Debian's chromium, reached through the console's menu: the API with fakes
 * and a reporting store holding the hand-built cases of tests/ddas/cases.ts, the real figures, the real pages.
 * Runs under node's own test runner (started by management.test.ts): the console calls the API with Fastify's
 * inject, which jest cannot load.
 */

let h: Harness;
let origin: string;
let browser: Browser;

before(async () => {
  const store: ReportingStore = {
    write: async () => 0,
    events: async (filter) => exampleEvents.filter((e) => !filter?.gemeente || e.gemeente === filter.gemeente),
    close: async () => undefined,
  };
  h = await harness(
    { management: new StoreManagementReader(() => store) },
    { plugins: [consolePlugin({ now: () => NOW })] },
  );
  origin = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
  await h?.close();
});

async function signIn(token: string, home: string) {
  const { page, context } = browser;
  await context.clearCookies();
  await page.goto(`${origin}/console/aanmelden`);
  await page.fill('#f-token', token);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL(`${origin}/console/${home}`);
  return page;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('management page', () => {
  it('a supervisor opens "Cijfers" from the menu: every chart with title and table, each figure linked to its cases', async () => {
    const page = await signIn(TOKENS.supervisor, 'toezicht');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    await page.waitForURL(`${origin}/console/cijfers`);
    expect(await page.locator('a[aria-current="page"]').innerText()).toBe('Cijfers');
    // This year so far (the clock is pinned on 1 December 2026).
    expect(flat(await page.locator('main').innerText())).toContain(
      'Periode 1 januari 2026 tot en met 1 december 2026',
    );
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(8);
    expect(await page.locator('svg[role="img"] > title').count()).toBe(8);
    expect(await page.locator('table caption').count()).toBe(8);
    expect(await page.locator('#open-zaken-kop').innerText()).toBe('Open zaken per fase op 1 december 2026');
    await shot(page, 'management-01-cijfers');
    // What a manager sees first, at the size of a screen.
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'management-01b-cijfers-scherm.png') });
    await checkAxe(page, 'cijfers');

    // The outcome "saneringskrediet" (case A of the hand-built set): its count links to the list, which opens.
    const row = page.locator('#uitkomsten .tabelvak tbody tr', { hasText: 'Saneringskrediet' });
    await row.getByRole('link').click();
    await page.waitForURL(/#uitkomsten-zaken-1$/);
    expect(await page.locator('#uitkomsten-zaken-1').getAttribute('open')).not.toBeNull();
    const caseLink = page.locator('#uitkomsten-zaken-1 a');
    expect(await caseLink.innerText()).toBe('Zaak GM0599-2025-0001');
    expect(await caseLink.getAttribute('href')).toBe('/console/zaken/case-GM0599-2025-0001');
    await shot(page, 'management-02-zaken-achter-uitkomst');

    // Every chart links to all the cases behind it.
    const figureLinks = page.locator('section.figuur p > a[href$="-zaken"]');
    expect(await figureLinks.count()).toBe(8);
    await figureLinks.first().click();
    await page.waitForURL(/#wachttijd-zaken$/);
    expect(await page.locator('#wachttijd-zaken details:not([open])').count()).toBe(0);
  });

  it('picks a period by quick choice or by dates, and names a wrong date at its field in Dutch', async () => {
    const page = await signIn(TOKENS.supervisor, 'toezicht');
    await page.goto(`${origin}/console/cijfers`);
    await page.getByRole('link', { name: 'Vorig jaar' }).click();
    await page.waitForURL(/van=2025-01-01&tot=2025-12-31/);
    expect(flat(await page.locator('main').innerText())).toContain(
      'Periode 1 januari 2025 tot en met 31 december 2025',
    );
    expect(await page.inputValue('#f-van')).toBe('2025-01-01');
    await shot(page, 'management-03-vorig-jaar');

    await page.fill('#f-van', '2026-12-31');
    await page.fill('#f-tot', '2026-01-01');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.waitForURL(/van=2026-12-31/);
    expect(flat(await page.locator('.foutoverzicht').innerText())).toContain(
      '‘Tot en met’: Vul de laatste dag van de periode in. Die ligt op of na de eerste dag.',
    );
    await shot(page, 'management-04-periodefout');
    await checkAxe(page, 'cijfers met fout');
  });

  it('an officer sees the figures of the own gemeente; a supervisor of all gemeenten chooses one first', async () => {
    let page = await signIn(TOKENS.officer, 'zaken');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    await page.waitForURL(`${origin}/console/cijfers`);
    expect(await page.locator('svg[role="img"]').count()).toBe(8);
    expect(await page.locator('#f-gemeente').count()).toBe(0);

    page = await signIn(TOKENS.nationalSupervisor, 'toezicht');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    expect(flat(await page.locator('main').innerText())).toContain('Kies een gemeente en een periode.');
    await page.fill('#f-gemeente', 'GM0599');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.waitForURL(/gemeente=GM0599/);
    expect(await page.locator('svg[role="img"]').count()).toBe(8);
    await shot(page, 'management-05-landelijk');
    await checkAxe(page, 'cijfers landelijk');
  });
});
