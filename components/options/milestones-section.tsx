import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { META } from '@/lib/db/meta';
import { milestoneRuleText } from '@/lib/domain/adoption-milestones';
import type { AdoptionMilestone } from '@/lib/domain/types';
import { definitionsChanged } from '@/lib/options/background-commands';
import { withoutOverride } from '@/lib/options/definition-overrides';
import { withMilestones } from '@/lib/options/milestone-overrides';
import { definitionOverridesQuery } from '@/lib/options/options-queries';
import { readEventNames } from '@/lib/options/read-event-names';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import { personasQuery, rolesQuery } from '@/lib/panel/workspace-queries';
import { MilestoneForm } from './milestone-form';
import { OptionsSection } from './options-section';
import { OverrideMark } from './override-mark';

/**
 * Adoption milestones, stored with the other definition overrides: the workspace's list is the
 * default, a list edited here applies to this browser only.
 */
export function MilestonesSection() {
  const defs = useQuery(definitionOverridesQuery());
  const { data: roles = [] } = useQuery(rolesQuery());
  const { data: personas = [] } = useQuery(personasQuery());
  const [names, setNames] = useState<string[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const { data: lastSyncAt } = useQuery({
    ...syncStatusQuery(),
    select: (s) => s?.lastSyncAt ?? null,
  });
  useEffect(() => {
    if (lastSyncAt === undefined) return;
    void readEventNames(new Date()).then(setNames);
  }, [lastSyncAt]);

  if (!defs.data) return null;
  const { workspaceDefs, overrides } = defs.data;
  const fromWorkspace = workspaceDefs.milestones ?? [];
  const current = overrides.milestones ?? fromWorkspace;

  const save = async (next: typeof overrides) => {
    try {
      await META.definitionOverrides.set(next);
    } catch (e) {
      setStatus({ ok: false, text: `Could not save the milestones: ${String(e)}` });
      return;
    }
    const result = await definitionsChanged();
    setStatus(
      result.ok
        ? { ok: true, text: 'Saved. Milestones have been worked out for every user.' }
        : { ok: false, text: `Saved; they will be worked out at the next sync (${result.error}).` },
    );
  };
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
              <strong>{m.name}</strong> — {milestoneRuleText(m)}
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
        roles={roles}
        personas={personas}
        onAdd={(m) => saveList([...current, m])}
      />
      {status ? (
        <p className={status.ok ? 'options-ok' : 'options-error'} role="status">
          {status.text}
        </p>
      ) : null}
    </OptionsSection>
  );
}
