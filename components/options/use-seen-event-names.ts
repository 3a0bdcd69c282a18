import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { readEventNames } from '@/lib/options/read-event-names';
import { syncStatusQuery } from '@/lib/panel/sync-queries';

// A hook beside the components rather than in lib/options: it reads the panel's sync status
// query, and lib/options may not import lib/panel (both are top floors).

/**
 * The event names seen in the data, for the event pickers: the list the sync keeps, read again
 * after each completed sync (not on every synced page, which would re-render the pickers).
 */
export function useSeenEventNames(): string[] {
  const [names, setNames] = useState<string[]>([]);
  const { data: lastSyncAt } = useQuery({
    ...syncStatusQuery(),
    select: (status) => status?.lastSyncAt ?? null,
  });
  useEffect(() => {
    if (lastSyncAt === undefined) return;
    let alive = true;
    // On a database synced before the list was kept, the first read scans and stores it: it
    // may answer after the page (or a test) has gone, and an unreadable list stays as it was.
    readEventNames(new Date()).then(
      (names) => alive && setNames(names),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [lastSyncAt]);
  return names;
}
