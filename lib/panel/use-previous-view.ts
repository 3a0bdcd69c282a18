import { useEffect, useState } from 'react';
import type { ViewRow } from '../db/home-records';
import { openPage } from '../db/home-writes';
import { refreshBadgeFromPanel } from './refresh-badge';

export type PreviousView = { ready: false } | { ready: true; previous?: ViewRow };

/**
 * Records that the rep opened this page and returns the view before it, kept for as long as
 * the page stays open: what changed since then is marked "new" now, and not next time.
 */
export function usePreviousView(kind: 'user' | 'account', id: string): PreviousView {
  const [state, setState] = useState<{ id: string; previous?: ViewRow }>();
  useEffect(() => {
    let alive = true;
    void openPage(kind, id).then(
      (previous) => {
        if (alive) setState({ id, ...(previous ? { previous } : {}) });
        void refreshBadgeFromPanel();
      },
      () => alive && setState({ id }),
    );
    return () => {
      alive = false;
    };
  }, [kind, id]);
  if (!state || state.id !== id) return { ready: false };
  return { ready: true, ...(state.previous ? { previous: state.previous } : {}) };
}
