import { useEffect } from 'react';
import { type PanelTarget, takePanelRequest, watchPanelRequests } from '../platform/panel-request';
import { type OpenedView, usePanelStore } from './panel-store';

/**
 * home: shows what an alert's click asked for, whether the panel was open or opened for it. A
 * badge click asks for the tab's record: what was opened by hand over it gives way.
 */
export function usePanelRequests(): void {
  const open = usePanelStore((s) => s.open);
  const showTabRecord = usePanelStore((s) => s.showTabRecord);
  useEffect(() => {
    const show = (t: PanelTarget) => {
      if (t.kind !== 'tab-record') open(t satisfies OpenedView);
      else showTabRecord(t.tabId);
    };
    let alive = true;
    void takePanelRequest().then((t) => {
      if (alive && t) show(t);
    });
    const stop = watchPanelRequests(show);
    return () => {
      alive = false;
      stop();
    };
  }, [open, showTabRecord]);
}
