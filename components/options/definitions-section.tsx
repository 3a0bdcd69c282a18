import { useQuery } from '@tanstack/react-query';
import { definitionOverridesQuery } from '@/lib/options/options-queries';
import { useOverridesSave } from '@/lib/options/use-overrides-save';
import { personasQuery, rolesQuery, workspaceQuery } from '@/lib/panel/workspace-queries';
import { DefinitionsForm } from './definitions-form';
import { OptionsSection } from './options-section';
import { StatusLine } from './status-line';
import { useSeenEventNames } from './use-seen-event-names';

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
  const seenNames = useSeenEventNames();
  const { save, status } = useOverridesSave({
    what: 'definitions',
    saved: 'Saved. User types have been recomputed with the new definitions.',
    savedForLater: (error) =>
      `Saved, but the user types could not be recomputed yet (${error}). They will be at the next sync.`,
  });

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
      <StatusLine status={status} />
    </OptionsSection>
  );
}
