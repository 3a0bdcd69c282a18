import { useEffect, useState } from 'react';
import { getDb } from '@/lib/db/database';
import { getMeta, setMeta } from '@/lib/db/meta';
import { definitionsFrom } from '@/lib/domain/definitions';
import { definitionsChanged } from '@/lib/options/background-commands';
import {
  DEFINITION_OVERRIDES_KEY,
  type DefinitionOverrides,
} from '@/lib/options/definition-overrides';
import { readEventNames } from '@/lib/options/read-event-names';
import { SYNC_STATUS_KEY, type SyncStatus } from '@/lib/sync/sync-status';
import { DefinitionsForm } from './definitions-form';
import { OptionsSection } from './options-section';
import { useLiveQuery } from './use-live-query';

async function readDefinitionsData() {
  const db = getDb();
  const workspace = await db.workspace.toCollection().first();
  const overrides = (await getMeta<DefinitionOverrides>(DEFINITION_OVERRIDES_KEY)) ?? {};
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    workspaceDefs: definitionsFrom(workspace),
    overrides,
    roles: (await db.roles.toArray()).sort(byName),
    personas: (await db.personas.toArray()).sort(byName),
  };
}

/**
 * The rules behind the user types. The workspace's values are the defaults; local overrides are
 * stored in meta and the background recomputes every user's type at once (no resync).
 */
export function DefinitionsSection() {
  const { data, error } = useLiveQuery(readDefinitionsData, []);
  const [seenNames, setSeenNames] = useState<string[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  // Re-read after each completed sync only: rereading on every synced page would scan the
  // rollups over and over.
  const { data: lastSyncAt } = useLiveQuery(
    async () => (await getMeta<SyncStatus>(SYNC_STATUS_KEY))?.lastSyncAt ?? null,
    [],
  );
  useEffect(() => {
    if (lastSyncAt === undefined) return;
    void readEventNames(new Date()).then(setSeenNames);
  }, [lastSyncAt]);

  const save = async (next: DefinitionOverrides) => {
    try {
      await setMeta(DEFINITION_OVERRIDES_KEY, next);
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
      {data ? (
        <DefinitionsForm
          // A new key after each save or reset starts the form from the stored values.
          key={JSON.stringify([data.workspaceDefs, data.overrides])}
          workspaceDefs={data.workspaceDefs}
          overrides={data.overrides}
          roles={data.roles}
          personas={data.personas}
          seenEventNames={seenNames}
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
