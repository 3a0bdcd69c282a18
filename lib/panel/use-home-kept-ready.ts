import { useIsFetching, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { changeList, firstChanges, pagePeople } from '../domain/change-list';
import { today } from '../domain/time';
import { changePeopleQuery, HOME_PAGE_SIZE, homeChangesQuery } from './home-queries';
import { usePanelStore } from './panel-store';
import { useNow } from './use-now';
import { definitionsQuery } from './workspace-queries';

/** The longest the read waits for an idle moment once due. */
const IDLE_TIMEOUT_MS = 1_000;
/** A panel whose queries never settle starts the read anyway this long after opening. */
const LATEST_MS = 1_000;

/**
 * home: keeps the home's first screen (this week's changes and the people of its first page)
 * in the query cache while the panel shows something else, so the Home button paints at once.
 * It starts at the panel's first idle moment once its page is painted (not after a fixed
 * delay: a Home click in that time paid the whole read), never competing with the first
 * paint; as observed
 * queries they stay in the cache and follow every sync like the home's own.
 */
export function useHomeKeptReady(): void {
  const started = useIdleAfterOpen();
  const now = useNow();
  const { data: defs } = useQuery({ ...definitionsQuery(), enabled: started });
  const day = defs ? today(now, defs.timezone) : undefined;
  const { data: ids } = useQuery({
    ...homeChangesQuery(day ?? '', 7),
    enabled: day !== undefined,
    select: (records) =>
      pagePeople(
        firstChanges(changeList(records, { today: day ?? '', window: 7 }), HOME_PAGE_SIZE),
      ),
    notifyOnChangeProps: ['data'],
  });
  useQuery({
    ...changePeopleQuery(ids?.users ?? [], ids?.accounts ?? []),
    enabled: (ids?.users.length ?? 0) > 0,
    notifyOnChangeProps: [],
  });
}

/**
 * True from the panel's first idle moment once it shows what it opened for: the tab's detection
 * read and no query in flight (the person painted), then an idle callback. A panel kept busy
 * (a sync refreshing its queries) still starts after LATEST_MS.
 */
function useIdleAfterOpen(): boolean {
  const [idle, setIdle] = useState(false);
  const [late, setLate] = useState(false);
  const shown = usePanelStore((s) => s.detectionLoaded);
  const busy = useIsFetching() > 0;
  const due = late || (shown && !busy);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (idle || !due) return;
    // Firefox and Chromium have requestIdleCallback; a timer stands in elsewhere (jsdom).
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const idleId = requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(idleId);
  }, [idle, due]);
  return idle;
}
