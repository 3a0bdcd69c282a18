import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWelcome } from '@/lib/background/register-welcome';

async function openTabs(): Promise<string[]> {
  const tabs = await fakeBrowser.tabs.query({});
  return tabs.map((t) => t.url ?? '');
}

describe('welcome on first install', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    registerWelcome();
  });

  it('opens the settings page with the welcome on a fresh install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect
      .poll(openTabs)
      .toContainEqual(expect.stringMatching(/\/options\.html\?welcome=1$/));
  });

  it('opens nothing on an update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.0',
      temporary: false,
    });
    await new Promise((r) => setTimeout(r, 0));
    expect((await openTabs()).filter((u) => u.includes('welcome'))).toHaveLength(0);
  });
});
