import type { ExtensionBrowser } from '../e2e/harness/browser';

/**
 * Panel cold open: a new page loads `sidepanel.html?tabId=N` (tab N shows a detected contact)
 * and we take, in the page's own clock (0 = navigation start), the moment the person's name
 * heading is in the DOM and the next animation frame after it (the first paint that can show
 * it). An init script installs the observer before any of the page's code runs.
 */
const OBSERVER = (name: string) => `
(() => {
  const found = () => Array.from(document.querySelectorAll('h1')).some((h) => h.textContent?.trim() === ${JSON.stringify(name)});
  const done = () => {
    window.__benchHeadingAt = performance.now();
    requestAnimationFrame(() => { window.__benchPaintAt = performance.now(); });
  };
  const start = () => {
    if (found()) return done();
    const mo = new MutationObserver(() => { if (found()) { mo.disconnect(); done(); } });
    mo.observe(document, { childList: true, subtree: true, characterData: true });
  };
  start();
})();`;

export interface OpenSample {
  headingMs: number;
  paintMs: number;
}

export async function panelColdOpen(
  browser: ExtensionBrowser,
  tabId: number,
  name: string,
): Promise<OpenSample> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: OBSERVER(name) });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    // A function, not a string: the extension's CSP forbids Playwright's eval of a string.
    await page.waitForFunction(
      () => (globalThis as { __benchPaintAt?: number }).__benchPaintAt !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate<OpenSample>(
      '({ headingMs: window.__benchHeadingAt, paintMs: window.__benchPaintAt })',
    );
  } finally {
    await page.close();
  }
}
