import type { ExtensionBrowser } from '../e2e/harness/browser';
import type { Row } from './report';
import { summarize } from './stats';

/**
 * The panel home, two ways, each timed in the page's own clock to the first animation frame
 * after the "What changed" list (or its "no changes" line, both `[data-home-list]`) is in the
 * DOM:
 * - from the Home button of a panel that has been open on a person for a few seconds (the
 *   panel stays open all day, and reads the home's first screen ahead while idle: see
 *   lib/panel/use-home-kept-ready.ts): the clock starts once the panel has been open
 *   `OPEN_FOR_MS` and its DOM has been still for 500 ms, so the user page's own loading,
 *   charts included, is not counted;
 * - cold: a new page loads `sidepanel.html` bound to no CRM record, so it starts on the home
 *   (this includes loading the panel's scripts and opening the database, as the user page's
 *   cold open does).
 */
const WATCH = `
window.__benchSettled = () => new Promise((resolve) => {
  let timer = setTimeout(done, 500);
  const mo = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 500); });
  function done() { mo.disconnect(); resolve(); }
  mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
});
window.__benchHome = () => new Promise((resolve) => {
  const found = () => document.querySelector('[data-home-list]') !== null;
  const done = () => requestAnimationFrame(() => resolve(performance.now()));
  if (found()) return done();
  const mo = new MutationObserver(() => { if (found()) { mo.disconnect(); done(); } });
  mo.observe(document, { childList: true, subtree: true });
});`;

/** How long the panel is open on a person before the Home button is clicked. */
const OPEN_FOR_MS = 5_000;

async function homeColdOpen(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: `${WATCH}\nwindow.__benchHomeAt = window.__benchHome();` });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    return await page.evaluate<number>('window.__benchHomeAt');
  } finally {
    await page.close();
  }
}

/** A panel open on the CRM tab's person; the clock starts at the Home button's click. */
async function homeFromPanel(browser: ExtensionBrowser, tabId: number): Promise<number> {
  const page = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  try {
    const home = page.getByRole('button', { name: '⌂ Home' });
    await home.first().waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    await page.evaluate(WATCH);
    await page.evaluate(
      `new Promise((r) => setTimeout(r, Math.max(0, ${OPEN_FOR_MS} - performance.now())))`,
    );
    await page.evaluate('window.__benchSettled()');
    return await page.evaluate<number>(`(() => {
      const start = performance.now();
      document.querySelector('.home-button').click();
      return window.__benchHome().then((at) => at - start);
    })()`);
  } finally {
    await page.close();
  }
}

/** The home's lines of the table: p95 ≤ 150 ms from the Home button (DESIGN.md). */
export async function homeOpenRows(
  browser: ExtensionBrowser,
  tabId: number,
  samples: number,
): Promise<Row[]> {
  await homeFromPanel(browser, tabId); // warm-up
  const inPanel: number[] = [];
  for (let i = 0; i < samples; i++) inPanel.push(await homeFromPanel(browser, tabId));
  await homeColdOpen(browser);
  const cold: number[] = [];
  for (let i = 0; i < samples; i++) cold.push(await homeColdOpen(browser));
  const a = summarize(inPanel);
  const b = summarize(cold);
  return [
    {
      what: `Panel home, Home button (panel open ${OPEN_FOR_MS / 1000} s) → changes list painted`,
      unit: 'ms',
      summary: a,
      budget: 'p95 ≤ 150 ms',
      ok: a.p95 <= 150,
    },
    {
      what: 'Panel home cold open → changes list painted',
      unit: 'ms',
      summary: b,
      note: 'includes the cold open',
    },
  ];
}
