import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Headless Chromium for the browser tests: Debian's `chromium` (scripts/install-chromium) driven by
 * playwright-core, a fresh profile per context, screenshots of every page to SCREENSHOT_DIR.
 */

export const CHROMIUM = process.env.SCHULDHULP_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR =
  process.env.SCHULDHULP_SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'schuldhulp-screenshots');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A browser with its own profile (cookies), as one person at one desk. */
export async function openBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // The profile directory is the fresh --user-data-dir (Playwright passes it as that flag).
    args: ARGS,
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Full-page screenshot to SCREENSHOT_DIR/<name>.png; returns the path. */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * axe-core on the page as it is (WCAG 2.1 A/AA rules): fails with the rule ids and their targets. Run through the
 * DevTools protocol (page.evaluate), so the page's strict Content-Security-Policy stays as it is.
 */
export async function checkAxe(page: Page, where: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const axe = require('axe-core') as { source: string };
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const run = (
      globalThis as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run;
    const result = await run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
  if (violations.length) throw new Error(`axe on ${where}: ${violations.join('; ')}`);
}

/**
 * Runs a `*.node.ts` file of this folder in node's own test runner (`node --import tsx --test`): pages that call
 * the API with Fastify's inject, whose ESM-only dependency jest cannot load. Fails with the runner's output.
 */
export function runNodeTests(file: string, timeoutMs: number): string {
  const root = path.resolve(__dirname, '../..');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=tap', path.join('tests/browser', file)],
    { cwd: root, encoding: 'utf8', timeout: timeoutMs },
  );
  if (run.status !== 0 || !/# fail 0/.test(run.stdout))
    throw new Error(`node --test failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}
