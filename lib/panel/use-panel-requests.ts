import { useEffect } from 'react';
import { type PanelTarget, takePanelRequest, watchPanelRequests } from '../platform/panel-request';
import { type OpenedView, usePanelStore } from './panel-store';

const viewOf = (t: PanelTarget): OpenedView => t;

/** home: shows what an alert's click asked for, whether the panel was open or opened for it. */
export function usePanelRequests(): void {
  const open = usePanelStore((s) => s.open);
  useEffect(() => {
    let alive = true;
    void takePanelRequest().then((t) => {
      if (alive && t) open(viewOf(t));
    });
    const stop = watchPanelRequests((t) => open(viewOf(t)));
    return () => {
      alive = false;
      stop();
    };
  }, [open]);
}
