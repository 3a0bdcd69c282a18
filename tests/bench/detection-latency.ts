import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/harness/browser';
import { CONTACT_A, CONTACT_B, contactUrl } from './crm-bench-page';

/**
 * CRM navigation → panel: the fixture stamps the URL change (pushState) and a
 * MutationObserver in the panel page stamps the moment the new person's name heading is in the
 * DOM; both stamps are performance.timeOrigin + performance.now() (ms since the epoch, the
 * same system clock in both renderer processes), so the difference spans content script →
 * background → storage.session → panel render.
 */
export interface CrmSession {
  crm: Page;
  panel: Page;
  tabId: number;
  current: typeof CONTACT_A;
}

export async function openCrmSession(
  browser: ExtensionBrowser,
  timeoutMs: number,
): Promise<CrmSession> {
  const crm = await browser.context.newPage();
  await crm.goto(contactUrl(CONTACT_A.recordId));
  const tabId = await browser.tabIdOf(crm);
  const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel
    .getByRole('heading', { level: 1, name: CONTACT_A.name })
    .waitFor({ timeout: timeoutMs });
  return { crm, panel, tabId, current: CONTACT_A };
}

const ARM = (name: string) => `
window.__benchSeen = new Promise((resolve, reject) => {
  const found = () => Array.from(document.querySelectorAll('h1')).some((h) => h.textContent?.trim() === ${JSON.stringify(name)});
  if (found()) return reject(new Error('heading already shown before navigating'));
  const timer = setTimeout(() => reject(new Error('Timed out waiting for ${name} in the panel')), 30000);
  const mo = new MutationObserver(() => {
    if (!found()) return;
    const at = performance.timeOrigin + performance.now();
    mo.disconnect();
    clearTimeout(timer);
    resolve(at);
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
});
0;`;

export interface NavSample {
  /** URL change → the person's heading in the panel. */
  totalMs: number;
  /** URL change → the worker received the report (TabDetection.detectedAt, the worker's clock). */
  toWorkerMs: number;
}

/** One client-side navigation to the other contact, timed in page clocks. */
export async function navigateAndTime(s: CrmSession): Promise<NavSample> {
  const next = s.current.recordId === CONTACT_A.recordId ? CONTACT_B : CONTACT_A;
  await s.panel.evaluate(ARM(next.name));
  // A DOM click, as a user's: Playwright's own click adds actionability waits around it.
  await s.crm.evaluate(`document.querySelector('a[data-nav]').click()`);
  const seenAt = await s.panel.evaluate<number>('window.__benchSeen');
  const navAt = await s.crm.evaluate<number>('window.__benchNavAt');
  const key = `tab:${s.tabId}`;
  const stored = await s.panel.evaluate<Record<string, { detectedAt?: string } | undefined>>(
    `chrome.storage.session.get(${JSON.stringify(key)})`,
  );
  const detectedAt = Date.parse(stored[key]?.detectedAt ?? '');
  s.current = next;
  return { totalMs: seenAt - navAt, toWorkerMs: detectedAt - navAt };
}

/**
 * The content script's CPU time per navigation, from V8's sampling profiler on the CRM page
 * (the content script runs in the page's process, in an isolated world): self time of every
 * frame whose script is the content script, over `count` navigations, divided by `count`.
 */
export async function contentScriptCpuPerNavigation(
  browser: ExtensionBrowser,
  s: CrmSession,
  count: number,
): Promise<number> {
  const cdp: CDPSession = await browser.context.newCDPSession(s.crm);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < count; i++) await navigateAndTime(s);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const ours = new Set(
    profile.nodes.filter((n) => n.callFrame.url.includes('/content-scripts/')).map((n) => n.id),
  );
  let us = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    if (ours.has(id)) us += deltas[i + 1] ?? deltas[i] ?? 0;
  });
  return us / 1000 / count;
}
