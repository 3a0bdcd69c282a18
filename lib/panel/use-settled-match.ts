import { useQuery } from '@tanstack/react-query';
import { matchPerson } from '../match/match-person';
import type { TabDetection } from '../messaging/tab-detection';
import { dexieQuery } from '../query/dexie-query';

export interface SettledMatch {
  /** False while the panel is still checking the store itself: show neither a user nor "none". */
  settled: boolean;
  userId?: string;
}

/**
 * The contact's user as the panel may state it. The background matched the tab's person when
 * the page was read, which during a first sync is before that user had arrived; it re-matches
 * only a moment after the sync's last write, while the panel is ready the instant the derived
 * data is. In that gap "No product user" would flash for a person who is one. So a detection
 * without a user is checked against the store as it is now before the panel says so.
 */
export function useSettledMatch(detection: TabDetection | undefined, ready: boolean): SettledMatch {
  const person = detection?.person;
  const crm = detection?.crm;
  const own = detection?.match?.userId;
  const check =
    ready &&
    !own &&
    !!crm &&
    !!person?.emails.length &&
    detection?.page === 'contact' &&
    !detection.possible &&
    !detection.rejected &&
    !detection.unread &&
    !detection.noEmail;
  const { data, isSuccess } = useQuery({
    ...dexieQuery({
      key: ['panel', 'settled-match', crm ?? '', person?.recordId ?? '', ...(person?.emails ?? [])],
      tables: ['users'],
      fn: () => (crm && person ? matchPerson(crm, person) : Promise.resolve({ suggestions: [] })),
    }),
    enabled: check,
  });
  if (!check) return { settled: true, userId: own };
  return { settled: isSuccess, userId: data?.userId };
}
