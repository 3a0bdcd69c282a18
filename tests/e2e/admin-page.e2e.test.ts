import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepToken } from '@/lib/server/auth/secrets';
import { silentLogger } from '@/lib/server/log';
import { prepareDatabase, type RunningServer, startServer } from '@/lib/server/server';
import { CHROMIUM } from './harness/browser';

// The admin page in a real browser: signed in from the keyboard, every page checked with
// axe-core (WCAG 2.2 A/AA) at 1280 and 800 px, and never wider than the window.

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = ['reps', 'access', 'ingestion', 'workspace', 'audit'];

async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe;
    return (await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the admin page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  beforeAll(async () => {
    const db = await prepareDatabase({ dataDir: 'memory://' });
    server = await startServer({ db, log: silentLogger });
    adminToken = (
      await createRepToken(db, { name: 'Ada Admin', email: 'ada@example.com' }, { role: 'admin' })
    ).token;
    await createRepToken(db, { name: 'Sam Seller', email: 'sam@example.com' });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in from the keyboard, invites a rep, and passes axe on every page at 1280 and 800 px', async () => {
    // The page forbids scripts (CSP); axe is injected by the test only.
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.type(adminToken); // the token field has focus on arrival
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/reps$/);
    expect(await page.textContent('main')).toContain('Sam Seller');

    await page.goto(`${server.url}/admin/access`);
    await page.getByLabel('Email').fill('ria@example.com');
    await page.getByRole('button', { name: 'Create connection code' }).click();
    await expect.poll(() => page.locator('output.secret').textContent()).toContain('#code=upc_');

    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      for (const name of PAGES) {
        await page.goto(`${server.url}/admin/${name}`);
        expect([name, width, await seriousViolations(page)]).toEqual([name, width, []]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect([name, width, overflow]).toEqual([name, width, 0]);
        if (process.env.ADMIN_SCREENSHOTS)
          await page.screenshot({
            path: `${process.env.ADMIN_SCREENSHOTS}/${name}-${width}.png`,
            fullPage: true,
          });
      }
    }
    // The first Tab reaches the skip link, which moves focus to the content.
    await page.goto(`${server.url}/admin/reps`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
