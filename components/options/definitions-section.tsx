import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { META } from '@/lib/db/meta';
import { definitionsChanged } from '@/lib/options/background-commands';
import type { DefinitionOverrides } from '@/lib/options/definition-overrides';
import { definitionOverridesQuery } from '@/lib/options/options-queries';
import { readEventNames } from '@/lib/options/read-event-names';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import { personasQuery, rolesQuery, workspaceQuery } from '@/lib/panel/workspace-queries';
import { DefinitionsForm } from './definitions-form';
import { OptionsSection } from './options-section';

/**
 * The rules behind the user types. The workspace's values are the defaults; local overrides are
 * stored in meta and the background recomputes every user's type at once (no resync).
 */
export function DefinitionsSection() {
  const defs = useQuery(definitionOverridesQuery());
  const roles = useQuery(rolesQuery());
  const personas = useQuery(personasQuery());
  const { data: workspace } = useQuery(workspaceQuery());
  const error = (defs.error ?? roles.error ?? personas.error)?.message;
  const [seenNames, setSeenNames] = useState<string[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  // Re-read after each completed sync only: rereading on every synced page would scan the
  // rollups over and over.
  const { data: lastSyncAt } = useQuery({
    ...syncStatusQuery(),
    select: (status) => status?.lastSyncAt ?? null,
  });
  useEffect(() => {
    if (lastSyncAt === undefined) return;
    void readEventNames(new Date()).then(setSeenNames);
  }, [lastSyncAt]);

  const save = async (next: DefinitionOverrides) => {
    try {
      await META.definitionOverrides.set(next);
    } catch (e) {
      setStatus({ ok: false, text: `Could not save the definitions: ${String(e)}` });
      return;
    }
    const result = await definitionsChanged();
    setStatus(
      result.ok
        ? { ok: true, text: 'Saved. User types have been recomputed with the new definitions.' }
        : {
            ok: false,
            text: `Saved, but the user types could not be recomputed yet (${result.error}). They will be at the next sync.`,
          },
    );
  };

  return (
    <OptionsSection
      title="Definitions"
      description="How user types are decided. The workspace sets the defaults; changes here apply to this browser only."
    >
      {error ? <p className="options-error">Could not read the definitions: {error}</p> : null}
      {defs.data && roles.data && personas.data ? (
        <DefinitionsForm
          // A new key after each save or reset starts the form from the stored values.
          key={JSON.stringify([defs.data.workspaceDefs, defs.data.overrides])}
          workspaceDefs={defs.data.workspaceDefs}
          overrides={defs.data.overrides}
          roles={roles.data}
          personas={personas.data}
          seenEventNames={seenNames}
          eventLabels={workspace?.eventLabels}
          onSave={save}
        />
      ) : null}
      {status ? (
        <p className={status.ok ? 'options-ok' : 'options-error'} role="status">
          {status.text}
        </p>
      ) : null}
    </OptionsSection>
  );
}
