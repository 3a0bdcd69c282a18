import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerDetection } from '@/lib/background/register-detection';
import { setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { getTabDetection } from '@/lib/platform/tab-state';
import { setMeta } from '@/tests/support/meta-rows';

// The worker's listener with WXT's fake browser; the side panel API (absent from the fake) is
// stubbed to see when and how it is called.

const sidePanel = { open: vi.fn(async () => {}), setOptions: vi.fn(async () => {}) };
const sender = {
  id: fakeBrowser.runtime.id,
  url: 'https://northwind.pipedrive.com/person/501',
  frameId: 0,
  tab: { id: 42 },
};

// The fake types onMessage with two arguments; Chrome passes sendResponse as the third.
const trigger = (message: unknown, from: unknown, reply: (response: unknown) => void) =>
  (fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown>)(
    message,
    from,
    reply,
  );

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  sidePanel.open.mockClear();
  sidePanel.setOptions.mockClear();
  Object.assign(browser, { sidePanel });
  registerDetection();
});

describe('registerDetection', () => {
  it('opens the side panel synchronously inside the badge click message', () => {
    void trigger({ type: 'crm/open-panel' }, sender, () => {});
    // No await before this assertion: the call must happen within the user gesture.
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 42 });
  });

  it('binds the tab panel and stores the detection, answering with the badge', async () => {
    // A workspace whose first sync has finished (before that the badge says "Syncing…").
    await setMeta(META.derivedDay, '2026-11-20');
    const reply = vi.fn();
    const message = {
      type: 'crm/detected',
      url: sender.url,
      page: 'contact',
      person: { emails: ['nobody@else.example'], name: 'No Body' },
    };
    void trigger(message, sender, reply);
    expect(sidePanel.setOptions).toHaveBeenCalledWith({
      tabId: 42,
      path: 'sidepanel.html?tabId=42',
      enabled: true,
    });
    await vi.waitFor(() => expect(reply).toHaveBeenCalled());
    expect(reply.mock.calls[0]?.[0]).toMatchObject({
      badge: { chips: [{ text: 'Not a product user' }] },
    });
    expect(await getTabDetection(42)).toMatchObject({
      crm: 'pipedrive',
      person: { recordId: '501' },
    });
  });

  it('ignores messages from elsewhere and messages that are not CRM reports', async () => {
    const reply = vi.fn();
    const report = { type: 'crm/detected', url: sender.url, page: 'other' };
    await trigger(report, { ...sender, id: 'other-extension' }, reply);
    await trigger({ type: 'crm/open-panel' }, { ...sender, tab: undefined }, reply);
    await trigger({ type: 'crm/detected', url: 5 }, sender, reply);
    expect(reply).not.toHaveBeenCalled();
    expect(sidePanel.open).not.toHaveBeenCalled();
    expect(await getTabDetection(42)).toBeUndefined();
  });
});
