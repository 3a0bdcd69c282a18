import { beforeEach, describe, expect, it } from 'vitest';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { resetPanelStore, usePanelStore } from '@/lib/panel/panel-store';
import { boundTabIdFrom } from '@/lib/panel/use-panel-binding';

const det = (url: string, userId?: string): TabDetection => ({
  tabId: 1,
  url,
  crm: 'hubspot',
  page: 'contact',
  match: { userId, suggestions: [] },
  detectedAt: '2026-01-01T00:00:00Z',
});

beforeEach(() => resetPanelStore());

describe('panel store', () => {
  it('keeps what the user opened while the tab shows the same record, drops it on a new one', () => {
    const s = usePanelStore.getState();
    s.setDetection(det('https://a/1', 'u1'));
    s.open({ kind: 'user', userId: 'u9' });
    usePanelStore.getState().setDetection(det('https://a/1', 'u1'));
    expect(usePanelStore.getState().opened).toEqual([{ kind: 'user', userId: 'u9' }]);
    usePanelStore.getState().setDetection(det('https://a/2', 'u2'));
    expect(usePanelStore.getState().opened).toEqual([]);
  });

  it('goes back one step at a time', () => {
    const s = usePanelStore.getState();
    s.open({ kind: 'account', accountId: 'a1' });
    s.open({ kind: 'user', userId: 'u1' });
    usePanelStore.getState().back();
    expect(usePanelStore.getState().opened).toEqual([{ kind: 'account', accountId: 'a1' }]);
  });

  it('a new tab starts unloaded and empty', () => {
    usePanelStore.getState().setDetection(det('https://a/1'));
    usePanelStore.getState().setTab(5);
    expect(usePanelStore.getState()).toMatchObject({
      tabId: 5,
      detectionLoaded: false,
      opened: [],
    });
  });
});

describe('boundTabIdFrom', () => {
  it('reads ?tabId=N and ignores anything else', () => {
    expect(boundTabIdFrom('?tabId=42')).toBe(42);
    expect(boundTabIdFrom('')).toBeUndefined();
    expect(boundTabIdFrom('?tabId=abc')).toBeUndefined();
    expect(boundTabIdFrom('?tabId=-1')).toBeUndefined();
  });
});
