import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { changeList, firstChanges, pagePeople } from '../domain/change-list';
import { today } from '../domain/time';
import { changePeopleQuery, HOME_PAGE_SIZE, homeChangesQuery } from './home-queries';
import { useNow } from './use-now';
import { definitionsQuery } from './workspace-queries';

/** How long after the panel opens before the home is read in the background. */
const AFTER_OPEN_MS = 1_000;

/**
 * home: keeps the home's first screen (this week's changes and the people of its first page)
 * in the query cache while the panel shows something else, so the Home button paints at once.
 * It starts once the panel has opened and the page is idle, never competing with the first
 * paint; as observed queries they stay in the cache and follow every sync like the home's own.
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

function useIdleAfterOpen(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let idleId: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        idleId = requestIdleCallback(() => setIdle(true), { timeout: 2_000 });
      else setIdle(true);
    }, AFTER_OPEN_MS);
    return () => {
      clearTimeout(timer);
      if (idleId !== undefined) cancelIdleCallback(idleId);
    };
  }, []);
  return idle;
}
