import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrmServer, spaRoute, startCrmServer } from '../e2e/harness/crm-server';
import { badgeText, panelView, readSnapshot } from './harness/extension-data';
import { byLabel, waitForText } from './harness/find';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness/firefox';
import { type HostProxy, startHostProxy } from './harness/host-proxy';

// Gmail and LinkedIn in real Firefox ESR, on their real host names (pages modelled on public
// evidence, tests/fixtures/sites): off until turned on in Settings (the host permission is
// granted there, in the click); then the thread's sender in view with a badge and the thread's
// people to pick from; a LinkedIn profile only as candidates, no badge before the rep picks.

const WAIT = { timeout: 90_000, interval: 250 };
const GMAIL = 'mail.google.com';
const LINKEDIN = 'www.linkedin.com';
const THREAD = `https://${GMAIL}/mail/u/0/#inbox/FMfcgzQVxRkBtmlbWqHdPpJnKzxDcLws`;
const PROFILE = `https://${LINKEDIN}/in/ada-lovelace-42/`;

describe('opt-in sites in Firefox ESR', () => {
  let crm: CrmServer;
  let proxy: HostProxy;
  let firefox: FirefoxWithExtension;
  let control: Page;

  beforeAll(async () => {
    crm = await startCrmServer(
      [GMAIL, LINKEDIN],
      [
        spaRoute(GMAIL, '../sites/gmail-thread.html'),
        spaRoute(LINKEDIN, '../sites/linkedin-profile.html'),
      ],
    );
    proxy = await startHostProxy({ [GMAIL]: crm.port, [LINKEDIN]: crm.port });
    firefox = await launchFirefoxWithExtension({ pacUrl: proxy.pacUrl });
    control = await firefox.openExtensionPage('options.html');
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await crm?.close();
  });

  const hasHost = (origin: string) =>
    control.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin);

  it('syncs the demo workspace by itself', async () => {
    await expect
      .poll(async () => (await readSnapshot(control))?.status, { ...WAIT, timeout: 180_000 })
      .toMatchObject({ phase: 'idle', lastResult: 'ok' });
  }, 200_000);

  it('reads nothing on Gmail before it is turned on', async () => {
    expect(await hasHost(`https://${GMAIL}/*`)).toBe(false);
    const tab = await firefox.openPage(THREAD);
    await waitForText(tab, 'Renewal next month');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await badgeText(tab)).toEqual([]);
    await tab.close();
  });

  it('Gmail, turned on: the sender in view with a badge, and the thread’s people', async () => {
    await control.bringToFront();
    await (await byLabel(control, 'Gmail')).click();
    await expect.poll(() => hasHost(`https://${GMAIL}/*`), WAIT).toBe(true);
    const tab = await firefox.openPage(THREAD);
    await expect.poll(() => badgeText(tab), WAIT).toEqual([expect.stringContaining('Power user')]);
    const tabId = await firefox.tabIdOf(THREAD);
    const panel = await firefox.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panelView(panel), WAIT).toMatchObject({ name: 'Ada Lovelace' });
    await waitForText(panel, 'People in this thread');
    const listed = await panel.evaluate(
      () =>
        document.querySelector('section[aria-label="People in this thread"]')?.textContent ?? '',
    );
    expect(listed).toContain('grace.hopper@contoso.example');
    expect(listed).not.toContain('sam.rivera@ourteam.example');
    expect(listed).not.toContain('renewals@');
    await panel.close();
    await tab.close();
  });

  it('LinkedIn, turned on: candidates by name and company, a badge only once picked', async () => {
    await control.bringToFront();
    await (await byLabel(control, 'LinkedIn')).click();
    await expect.poll(() => hasHost(`https://${LINKEDIN}/*`), WAIT).toBe(true);
    const tab = await firefox.openPage(PROFILE);
    const tabId = await firefox.tabIdOf(PROFILE);
    const panel = await firefox.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await waitForText(panel, 'Who is Ada Lovelace, Northwind Traders?');
    expect(await badgeText(tab)).toEqual([]);
    await panel.evaluate(() => {
      const pick = [
        ...document.querySelectorAll('section[aria-label="Possible matches"] button'),
      ].find((b) => b.textContent?.includes('Ada Lovelace')) as HTMLButtonElement | undefined;
      pick?.click();
    });
    await expect.poll(() => badgeText(tab), WAIT).toEqual([expect.stringContaining('Power user')]);
    await expect.poll(() => panelView(panel), WAIT).toMatchObject({ name: 'Ada Lovelace' });
    await panel.close();
    await tab.close();
  });
});
