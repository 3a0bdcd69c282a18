import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import { getActiveTabId } from '@/lib/platform/tab-state';
import { contactDetection, freshDb, seedWorkspace } from './panel-fixture';

// fakeBrowser has no active tab to start with (and its tabs.duplicate cannot make one), so the
// first lookup is stubbed; switching tabs goes through the real listener.
vi.mock('@/lib/platform/tab-state', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/platform/tab-state')>()),
  getActiveTabId: vi.fn(),
}));

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

describe('panel binding without ?tabId', () => {
  it('follows the active tab of its window and its detection', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const first = 3;
    const otherId = 4;
    vi.mocked(getActiveTabId).mockResolvedValue(first);
    await fakeBrowser.storage.session.set({
      [`tab:${first}`]: contactDetection(first),
      [`tab:${otherId}`]: contactDetection(otherId, {
        match: { userId: 'u-bob', suggestions: [] },
      }),
    });
    render(<SidePanelApp search="" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();

    await act(() =>
      fakeBrowser.tabs.onActivated.trigger({ tabId: otherId, windowId: win.id as number }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Bob Stone' })).toBeInTheDocument();
  });

  it('a bound panel ignores tab switches', async () => {
    await fakeBrowser.storage.session.set({ 'tab:41': contactDetection(41) });
    render(<SidePanelApp search="?tabId=41" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
    const win = await fakeBrowser.windows.create({ focused: true });
    await act(() =>
      fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: win.id as number }),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
  });
});
