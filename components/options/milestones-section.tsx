import { useQuery } from '@tanstack/react-query';
import { milestoneRuleText } from '@/lib/domain/adoption-milestones';
import type { AdoptionMilestone } from '@/lib/domain/types';
import { withoutOverride } from '@/lib/options/definition-overrides';
import { withMilestones } from '@/lib/options/milestone-overrides';
import { definitionOverridesQuery } from '@/lib/options/options-queries';
import { useOverridesSave } from '@/lib/options/use-overrides-save';
import { personasQuery, rolesQuery, workspaceQuery } from '@/lib/panel/workspace-queries';
import { MilestoneForm } from './milestone-form';
import { OptionsSection } from './options-section';
import { OverrideMark } from './override-mark';
import { StatusLine } from './status-line';
import { useSeenEventNames } from './use-seen-event-names';

/**
 * Adoption milestones, stored with the other definition overrides: the workspace's list is the
 * default, a list edited here applies to this browser only.
 */
export function MilestonesSection() {
  const defs = useQuery(definitionOverridesQuery());
  const { data: roles = [] } = useQuery(rolesQuery());
  const { data: personas = [] } = useQuery(personasQuery());
  const names = useSeenEventNames();
  const { data: workspace } = useQuery(workspaceQuery());
  const eventLabels = workspace?.eventLabels;
  const { save, status } = useOverridesSave({
    what: 'milestones',
    saved: 'Saved. Milestones have been worked out for every user.',
    savedForLater: (error) => `Saved; they will be worked out at the next sync (${error}).`,
  });

  if (!defs.data) return null;
  const { workspaceDefs, overrides } = defs.data;
  const fromWorkspace = workspaceDefs.milestones ?? [];
  const current = overrides.milestones ?? fromWorkspace;

  const saveList = (list: AdoptionMilestone[]) =>
    save(withMilestones(overrides, list, fromWorkspace));
  const roleName = new Map([...roles, ...personas].map((r) => [r.id, r.name]));
  const scope = (m: AdoptionMilestone) =>
    [...m.roleIds, ...m.personaIds].map((id) => roleName.get(id) ?? id).join(', ');

  return (
    <OptionsSection
      title="Adoption milestones"
      description="Moments that show a user adopted the product, e.g. “exported data 3 times”. They show on user pages and filter the account users table."
    >
      {current.length === 0 ? (
        <p className="options-muted">No milestones yet.</p>
      ) : (
        <ul className="options-list" aria-label="Milestones">
          {current.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> — {milestoneRuleText(m, eventLabels)}
              {scope(m) ? ` · only ${scope(m)}` : ''}{' '}
              <button
                type="button"
                aria-label={`Remove ${m.name}`}
                onClick={() => void saveList(current.filter((x) => x.id !== m.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <OverrideMark
        overridden={overrides.milestones !== undefined}
        workspaceValue={fromWorkspace.length ? fromWorkspace.map((m) => m.name).join(', ') : 'none'}
        label="milestones"
        onReset={() => void save(withoutOverride(overrides, 'milestones'))}
      />
      <MilestoneForm
        eventNames={names}
        eventLabels={eventLabels}
        roles={roles}
        personas={personas}
        onAdd={(m) => saveList([...current, m])}
      />
      <StatusLine status={status} />
    </OptionsSection>
  );
}
