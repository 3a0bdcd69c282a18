import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/ui/badge';
import { dayOf, today } from '@/lib/domain/time';
import { explainTypes } from '@/lib/domain/type-explanations';
import { USER_TYPE_LABELS, type User, type UserType } from '@/lib/domain/types';
import { useNow } from '@/lib/panel/use-now';
import { crmSightingQuery, userStatsQuery } from '@/lib/panel/user-queries';
import { definitionsQuery, thresholdsQuery } from '@/lib/panel/workspace-queries';

const ORDER = Object.keys(USER_TYPE_LABELS) as UserType[];

/** The user's types (from the background's userStats), each with a one-line "why". */
export function TypeBadges({ user }: { user: User }) {
  const now = useNow();
  const { data: stats, isPending } = useQuery(userStatsQuery(user.id));
  const { data: defs, isPending: defsPending } = useQuery(definitionsQuery());
  const { data: sighting } = useQuery(crmSightingQuery(user.id));
  const day = defs ? today(now, defs.timezone) : '';
  const { data: thresholds, isPending: thresholdsPending } = useQuery({
    ...thresholdsQuery(day, day),
    enabled: Boolean(day),
  });

  // The badges come with their "why" in one render: a badge that grows a tooltip (and becomes
  // focusable) a moment after it appeared would move keyboard focus order under the rep.
  if (isPending || defsPending || (day && thresholdsPending))
    return <div className="badges" aria-busy="true" />;
  if (!stats) {
    return (
      <p className="badges muted small">
        User type not worked out yet: it appears after the next sync.
      </p>
    );
  }
  const types = ORDER.filter((t) => stats.types.includes(t));
  const explanations =
    defs && thresholds
      ? explainTypes({
          types,
          windowCount: stats.windowCount,
          activeDaysWindow: stats.activeDaysWindow,
          lastActiveDay: stats.lastActiveDay,
          threshold: thresholds.get(day)?.threshold ?? null,
          activeUsers: thresholds.get(day)?.activeUsers,
          defs,
          createdOn: dayOf(user.createdAt, defs.timezone),
          isCrmContact: Boolean(user.crmContact) || Boolean(sighting),
        })
      : {};
  return (
    <ul className="badges" aria-label="User type">
      {types.map((t) => (
        <li key={t}>
          <Badge label={USER_TYPE_LABELS[t]} tone={t} explanation={explanations[t]} />
        </li>
      ))}
    </ul>
  );
}
