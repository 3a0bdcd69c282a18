import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  deletePersona,
  deleteRole,
  savePersona,
  saveRole,
  type TaxonomyInput,
} from '@/lib/db/taxonomy-writes';
import { taxonomyListingQuery } from '@/lib/options/options-queries';
import { reassignAndDelete } from '@/lib/options/reassign-and-delete';
import { OptionsSection } from './options-section';
import { TaxonomyForm } from './taxonomy-form';
import { TaxonomyRow } from './taxonomy-row';

const WRITES = {
  role: { save: saveRole, remove: deleteRole },
  persona: { save: savePersona, remove: deletePersona },
} as const;

/** Roles or personas: list, add, edit, delete — every change is queued for the server. */
export function TaxonomySection({ what }: { what: 'role' | 'persona' }) {
  const { data, error } = useQuery(taxonomyListingQuery(what));
  const [message, setMessage] = useState<string>();
  const writes = WRITES[what];
  const items = data?.items ?? [];
  const title = what === 'role' ? 'Roles' : 'Personas';

  const save = async (input: TaxonomyInput): Promise<string | undefined> => {
    try {
      const saved = await writes.save(input);
      setMessage(
        `Saved ${what} “${saved.name}”. It will be sent to the server with the next sync.`,
      );
      return undefined;
    } catch (e) {
      return `Could not save the ${what}: ${e instanceof Error ? e.message : String(e)}`;
    }
  };

  return (
    <OptionsSection
      title={title}
      description={`The ${what}s users can hold. Changes are sent to the sync server.`}
    >
      {error ? (
        <p className="options-error">
          Could not read the {what}s: {error.message}
        </p>
      ) : null}
      {data && items.length === 0 ? <p className="options-muted">No {what}s yet.</p> : null}
      {items.length > 0 ? (
        <ul className="options-list" aria-label={title}>
          {items.map((item) => (
            <TaxonomyRow
              key={item.id}
              what={what}
              item={item}
              holders={data?.holders.get(item.id) ?? 0}
              unsynced={data?.unsynced.has(item.id) ?? false}
              takenNames={items.filter((i) => i.id !== item.id).map((i) => i.name)}
              others={items.filter((i) => i.id !== item.id)}
              onSave={(v) => save({ id: item.id, ...v })}
              onDelete={async (target) => {
                const holders = data?.holders.get(item.id) ?? 0;
                const result =
                  holders > 0
                    ? await reassignAndDelete(what, item.id, target)
                    : await writes.remove(item.id);
                setMessage(result.ok ? `Deleted ${what} “${item.name}”.` : undefined);
                return result.ok ? undefined : result.reason;
              }}
            />
          ))}
        </ul>
      ) : null}
      <h3>Add a {what}</h3>
      <TaxonomyForm
        what={what}
        takenNames={items.map((i) => i.name)}
        submitLabel={`Add ${what}`}
        onSubmit={save}
      />
      {message ? (
        <p className="options-ok" role="status">
          {message}
        </p>
      ) : null}
    </OptionsSection>
  );
}
