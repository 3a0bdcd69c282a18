import { useEffect } from 'react';
import {
  getActiveTabId,
  getTabDetection,
  watchActiveTab,
  watchTabDetection,
} from '../platform/tab-state';
import { usePanelStore } from './panel-store';

/** `sidepanel.html?tabId=N` binds the panel to tab N; otherwise it follows the active tab. */
export function boundTabIdFrom(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** Keeps the store's tab and detection in step with the browser. */
export function usePanelBinding(search: string = globalThis.location?.search ?? ''): void {
  const tabId = usePanelStore((s) => s.tabId);
  const setTab = usePanelStore((s) => s.setTab);
  const setDetection = usePanelStore((s) => s.setDetection);

  useEffect(() => {
    const fixed = boundTabIdFrom(search);
    if (fixed !== undefined) {
      setTab(fixed);
      return;
    }
    let alive = true;
    void getActiveTabId().then((id) => {
      if (alive) id === undefined ? setDetection(undefined) : setTab(id);
    });
    const stop = watchActiveTab((id) => setTab(id));
    return () => {
      alive = false;
      stop();
    };
  }, [search, setTab, setDetection]);

  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    // A change that arrives before the first read is newer than what the read returns.
    let changed = false;
    const stop = watchTabDetection(tabId, (d) => {
      changed = true;
      setDetection(d);
    });
    void getTabDetection(tabId).then((d) => {
      if (alive && !changed) setDetection(d);
    });
    return () => {
      alive = false;
      stop();
    };
  }, [tabId, setDetection]);
}
