import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PANEL_REQUEST_KEY,
  type PanelTarget,
  watchPanelRequests,
} from '@/lib/platform/panel-request';
import {
  bindToolbarButtonToPanel,
  openSidePanel,
  panelKind,
  prepareSidePanel,
} from '@/lib/platform/side-panel';

// The platform layer answers the browser differences from the APIs present: Chrome's
// sidePanel, Firefox's sidebarAction (with `action` in MV3, `browserAction` in MV2).

type Loose = Record<string, unknown>;
const fake = fakeBrowser as unknown as Loose;

function asChrome() {
  const sidePanel = {
    open: vi.fn().mockResolvedValue(undefined),
    setOptions: vi.fn().mockResolvedValue(undefined),
    setPanelBehavior: vi.fn().mockResolvedValue(undefined),
  };
  fake.sidePanel = sidePanel;
  return sidePanel;
}

function asFirefox(opts: {
  refuseOpen: boolean;
  toolbar?: 'action' | 'browserAction';
  openIn?: number[];
}) {
  const sidebarAction = {
    isOpen: vi.fn(async ({ windowId }: { windowId?: number }) =>
      (opts.openIn ?? []).includes(windowId ?? -1),
    ),
    open: vi.fn(() =>
      opts.refuseOpen
        ? Promise.reject(
            new Error('sidebarAction.open may only be called from a user input handler'),
          )
        : Promise.resolve(),
    ),
    toggle: vi.fn().mockResolvedValue(undefined),
  };
  fake.sidebarAction = sidebarAction;
  const listeners: (() => void)[] = [];
  const button = {
    onClicked: {
      addListener: (l: () => void) => {
        listeners.push(l);
      },
    },
  };
  fake.action = undefined;
  fake[opts.toolbar ?? 'action'] = button;
  return {
    sidebarAction,
    clickToolbar: () => {
      for (const l of listeners) l();
    },
  };
}

const popups = async () => (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

describe('the panel in each browser', () => {
  const saved = { action: fake.action };
  afterEach(() => {
    delete fake.sidePanel;
    delete fake.sidebarAction;
    delete fake.browserAction;
    fake.action = saved.action;
  });

  it('Chrome: the side panel is bound to the tab and opened from the badge at once', async () => {
    const sidePanel = asChrome();
    expect(panelKind()).toBe('side-panel');
    await bindToolbarButtonToPanel();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    await prepareSidePanel(4);
    expect(sidePanel.setOptions).toHaveBeenCalledWith({
      tabId: 4,
      path: 'sidepanel.html?tabId=4',
      enabled: true,
    });
    const opened = openSidePanel(4);
    // Called synchronously: an await before it would lose the click's user gesture.
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 4 });
    await expect(opened).resolves.toBe('side-panel');
  });

  it.each(['action', 'browserAction'] as const)(
    'Firefox (%s): the toolbar button toggles the sidebar',
    async (toolbar) => {
      const { sidebarAction, clickToolbar } = asFirefox({ refuseOpen: false, toolbar });
      expect(panelKind()).toBe('sidebar');
      await bindToolbarButtonToPanel();
      clickToolbar();
      expect(sidebarAction.toggle).toHaveBeenCalledTimes(1);
      await prepareSidePanel(4); // nothing to prepare, and no throw
    },
  );

  it('Firefox: a badge click it refuses as a sidebar opens one panel window bound to the tab', async () => {
    const { sidebarAction } = asFirefox({ refuseOpen: true });
    await expect(openSidePanel(7)).resolves.toBe('window');
    expect(sidebarAction.open).toHaveBeenCalled();
    const [win, ...more] = await popups();
    expect(more).toEqual([]);
    expect(win).toMatchObject({ type: 'popup', width: 380 });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const update = vi.spyOn(fakeBrowser.windows, 'update');
    // Clicked again: the same window comes to the front.
    await expect(openSidePanel(7)).resolves.toBe('window');
    expect(create).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledWith(win?.id, { focused: true });
    // Closed by the user: the next click opens a new one.
    await fakeBrowser.windows.remove(win?.id as number);
    await openSidePanel(7);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]?.url).toMatch(/sidepanel\.html\?tabId=7$/);
  });

  it('Firefox: when it does open the sidebar, no window is added', async () => {
    asFirefox({ refuseOpen: false });
    await expect(openSidePanel(7)).resolves.toBe('sidebar');
    expect(await popups()).toEqual([]);
  });

  it('Firefox: a badge click with the sidebar already open brings it to that person, no window', async () => {
    const { sidebarAction } = asFirefox({ refuseOpen: true, openIn: [3] });
    await fakeBrowser.storage.session.set({
      [PANEL_REQUEST_KEY]: { target: { kind: 'home' }, at: Date.now() },
    });
    const seen: PanelTarget[] = [];
    const stop = watchPanelRequests((t) => seen.push(t));
    await expect(openSidePanel(7, 3)).resolves.toBe('sidebar');
    stop();
    expect(sidebarAction.isOpen).toHaveBeenCalledWith({ windowId: 3 });
    expect(await popups()).toEqual([]);
    expect(seen).toEqual([{ kind: 'tab-record', tabId: 7 }]);
    // Another window's sidebar does not count: that tab gets its panel window.
    await expect(openSidePanel(8, 4)).resolves.toBe('window');
  });
});
