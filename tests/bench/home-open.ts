import type { ExtensionBrowser } from '../e2e/harness/browser';
import type { Row } from './report';
import { summarize } from './stats';

/**
 * Panel home cold open: a new page loads `sidepanel.html` (bound to no CRM record, so it shows
 * the home) and we take, in the page's own clock, the first animation frame after the "What
 * changed" list (or its "no changes" line) is in the DOM: `[data-home-list]` marks either.
 */
const OBSERVER = `
(() => {
  const found = () => document.querySelector('[data-home-list]') !== null;
  const done = () => requestAnimationFrame(() => { window.__benchHomeAt = performance.now(); });
  if (found()) return done();
  const mo = new MutationObserver(() => { if (found()) { mo.disconnect(); done(); } });
  mo.observe(document, { childList: true, subtree: true });
})();`;

async function homeColdOpen(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: OBSERVER });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.waitForFunction(
      () => (globalThis as { __benchHomeAt?: number }).__benchHomeAt !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate<number>('window.__benchHomeAt');
  } finally {
    await page.close();
  }
}

/** The home's line of the table: p95 ≤ 150 ms (DESIGN.md). One warm-up open first. */
export async function homeOpenRow(browser: ExtensionBrowser, samples: number): Promise<Row> {
  await homeColdOpen(browser);
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) ms.push(await homeColdOpen(browser));
  const summary = summarize(ms);
  return {
    what: 'Panel home cold open → changes list painted',
    unit: 'ms',
    summary,
    budget: 'p95 ≤ 150 ms',
    ok: summary.p95 <= 150,
  };
}
