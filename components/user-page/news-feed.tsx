import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { FeedCategorySelect } from '@/components/shared/feed-category-select';
import { formatShortDay } from '@/components/shared/format';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { buildNewsFeed, filterFeed } from '@/lib/domain/news-feed';
import { usePanelStore } from '@/lib/panel/panel-store';
import { useAdoptionMarks } from '@/lib/panel/use-adoption-milestones';
import { useMilestones } from '@/lib/panel/use-milestones';
import { useNow } from '@/lib/panel/use-now';
import { activityDaysQuery, userEnrollmentsQuery, userNotesQuery } from '@/lib/panel/user-queries';
import { cadencesQuery, definitionsQuery, workspaceQuery } from '@/lib/panel/workspace-queries';

/** Items shown at first; "Show more" adds this many again. */
const PAGE = 12;

/** Recent activity, notes, enrolments and milestones of the last 30 days, newest first. */
export function NewsFeed({ userId }: { userId: string }) {
  const now = useNow();
  const category = usePanelStore((s) => s.feedCategory);
  const { data: defs } = useQuery(definitionsQuery());
  const { data: days } = useQuery(activityDaysQuery(userId));
  const { data: notes } = useQuery(userNotesQuery(userId));
  const { data: enrollments } = useQuery(userEnrollmentsQuery(userId));
  const { data: cadences } = useQuery(cadencesQuery());
  const milestones = useMilestones(userId, now);
  const adoption = useAdoptionMarks(userId);
  const adoptionKey = JSON.stringify(adoption);
  const { data: workspace } = useQuery(workspaceQuery());
  const eventLabels = workspace?.eventLabels;
  const [limit, setLimit] = useState(PAGE);

  const items = useMemo(() => {
    if (!defs || !days || !notes || !enrollments || !cadences) return undefined;
    const all = buildNewsFeed({
      rollups: days,
      notes,
      enrollments,
      cadences,
      milestones: milestones ?? [],
      adoption: JSON.parse(adoptionKey),
      defs,
      now,
      days: 30,
      eventLabels,
    });
    return filterFeed(all, category === 'all' ? 'all' : [category]);
  }, [
    defs,
    days,
    notes,
    enrollments,
    cadences,
    milestones,
    adoptionKey,
    now,
    category,
    eventLabels,
  ]);

  return (
    <Section
      title="News feed"
      actions={<FeedCategorySelect label="Show in feed" onPick={() => setLimit(PAGE)} />}
    >
      {!items ? null : items.length === 0 ? (
        <EmptyState title="Nothing in the last 30 days">
          {category === 'all'
            ? 'Activity, notes and cadences will show here.'
            : 'Pick “Everything” to see other kinds of news.'}
        </EmptyState>
      ) : (
        <>
          <ol className="feed" aria-label="News">
            {items.slice(0, limit).map((item) => (
              <li key={item.id} className={`feed-item cat-${item.category}`}>
                <span className="feed-dot" aria-hidden="true" />
                <div className="feed-body">
                  <p className="feed-title">{item.title}</p>
                  <time className="muted small feed-date" dateTime={item.day}>
                    {formatShortDay(item.day, now)}
                  </time>
                  {item.detail ? <p className="muted small feed-detail">{item.detail}</p> : null}
                </div>
              </li>
            ))}
          </ol>
          {items.length > limit ? (
            <button
              type="button"
              className="link-button small show-more"
              onClick={() => setLimit(limit + PAGE * 2)}
            >
              Show more ({items.length - limit} older)
            </button>
          ) : null}
        </>
      )}
    </Section>
  );
}
