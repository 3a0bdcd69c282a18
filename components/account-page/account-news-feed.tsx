import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { FeedCategorySelect } from '@/components/shared/feed-category-select';
import { formatDate } from '@/components/shared/format';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { accountNewsFeed } from '@/lib/domain/account-news-feed';
import { displayName } from '@/lib/domain/display-name';
import { filterFeed } from '@/lib/domain/news-feed';
import { addDays, today } from '@/lib/domain/time';
import type { Definitions, User } from '@/lib/domain/types';
import {
  accountActivityQuery,
  accountEnrollmentsQuery,
  accountNotesQuery,
  accountSightingsQuery,
} from '@/lib/panel/account-queries';
import { usePanelStore } from '@/lib/panel/panel-store';
import { cadencesQuery, thresholdsQuery, workspaceQuery } from '@/lib/panel/workspace-queries';
import { ACTIVE_CHART_DAYS } from './account-activity-section';

const FEED_DAYS = 30;
const SHOWN = 60;

export interface AccountNewsFeedProps {
  accountId: string;
  users: readonly User[];
  defs: Definitions;
  now: Date;
}

/** The account's last 30 days: activity of its users, notes, cadences and milestones. */
export function AccountNewsFeed({ accountId, users, defs, now }: AccountNewsFeedProps) {
  const category = usePanelStore((s) => s.feedCategory);
  const end = today(now, defs.timezone);
  // The same range as the activity chart, so both share one read.
  const from = addDays(end, -(ACTIVE_CHART_DAYS + defs.windowDays - 2));
  const { data: rollups } = useQuery(accountActivityQuery(accountId, from));
  const { data: notes } = useQuery(accountNotesQuery(accountId));
  const { data: enrollments } = useQuery(accountEnrollmentsQuery(accountId));
  const { data: sightings } = useQuery(accountSightingsQuery(accountId));
  const { data: cadences } = useQuery(cadencesQuery());
  const { data: workspace } = useQuery(workspaceQuery());
  const { data: thresholds } = useQuery(thresholdsQuery(addDays(end, -FEED_DAYS), end));

  const items = useMemo(() => {
    if (!rollups || !notes || !enrollments || !sightings || !cadences || !thresholds) return;
    const all = accountNewsFeed({
      rollups,
      users,
      seenInCrm: sightings,
      notes,
      enrollments,
      cadences,
      thresholds,
      defs,
      now,
      nameOf: displayName,
      days: FEED_DAYS,
      eventLabels: workspace?.eventLabels,
    });
    return filterFeed(all, category === 'all' ? 'all' : [category]);
  }, [
    rollups,
    users,
    sightings,
    notes,
    enrollments,
    cadences,
    thresholds,
    defs,
    now,
    category,
    workspace,
  ]);

  return (
    <Section title="News feed" actions={<FeedCategorySelect label="Show in account feed" />}>
      {!items ? (
        <Skeleton lines={3} label="Loading the news feed…" />
      ) : items.length === 0 ? (
        <EmptyState title={`Nothing in the last ${FEED_DAYS} days`}>
          {category === 'all'
            ? 'Activity of the account’s users, notes and cadences will show here.'
            : 'Pick “Everything” to see other kinds of news.'}
        </EmptyState>
      ) : (
        <>
          <ol className="feed" aria-label="Account news">
            {items.slice(0, SHOWN).map((item) => (
              <li key={item.id} className={`feed-item cat-${item.category}`}>
                <span className="feed-dot" aria-hidden="true" />
                <div>
                  <p className="feed-title">{item.title}</p>
                  {item.detail ? <p className="muted small feed-detail">{item.detail}</p> : null}
                  <p className="muted small">{formatDate(item.day)}</p>
                </div>
              </li>
            ))}
          </ol>
          {items.length > SHOWN ? (
            <p className="muted small">
              {`The ${SHOWN} most recent of ${items.length} items. Pick a kind above to see more of it.`}
            </p>
          ) : null}
        </>
      )}
    </Section>
  );
}
