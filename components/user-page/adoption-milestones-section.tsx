import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@/components/shared/format';
import { Section } from '@/components/ui/section';
import { milestoneRuleText } from '@/lib/domain/adoption-milestones';
import type { User } from '@/lib/domain/types';
import { useAdoptionMilestones } from '@/lib/panel/use-adoption-milestones';
import { workspaceQuery } from '@/lib/panel/workspace-queries';

/** Which adoption milestones the user reached (and on which day), and which not yet. */
export function AdoptionMilestonesSection({ user }: { user: User }) {
  const list = useAdoptionMilestones(user.id);
  const { data: workspace } = useQuery(workspaceQuery());
  if (!list || list.length === 0) return null;
  const reached = list.filter((m) => m.status.state === 'reached');
  const rest = list.filter((m) => m.status.state !== 'reached');
  return (
    <Section title="Adoption milestones">
      {reached.length ? (
        <ul className="milestone-list" aria-label="Milestones reached">
          {reached.map(({ milestone, status }) => (
            <li key={milestone.id} className="milestone reached">
              <span className="milestone-name">{milestone.name}</span>{' '}
              <span className="muted small">
                {status.state === 'reached' ? `reached on ${formatDate(status.day)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {rest.length ? (
        <ul className="milestone-list" aria-label="Milestones not reached yet">
          {rest.map(({ milestone, status }) => (
            <li key={milestone.id} className="milestone">
              <span className="milestone-name">{milestone.name}</span>{' '}
              <span className="muted small">
                {status.state === 'unknown'
                  ? 'not known: the activity data has no per-event counts'
                  : `not yet: ${status.state === 'not-reached' ? status.count : 0} of ${milestone.count} (${milestoneRuleText(milestone, workspace?.eventLabels)})`}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
