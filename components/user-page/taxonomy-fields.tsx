import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorText } from '@/components/ui/error-text';
import { setUserFields } from '@/lib/db/user-writes';
import type { User } from '@/lib/domain/types';
import { useLocalWrite } from '@/lib/panel/use-local-write';
import { personasQuery, rolesQuery } from '@/lib/panel/workspace-queries';

/**
 * Role and persona as dropdowns; a change is saved locally and queued for the server (the
 * header's outbox mark says whether the user's changes are synced).
 */
export function TaxonomyFields({ user }: { user: User }) {
  const { data: roles = [] } = useQuery(rolesQuery());
  const { data: personas = [] } = useQuery(personasQuery());
  const write = useLocalWrite(setUserFields, (message) => `Could not save the change: ${message}`);
  const roleId = useId();
  const personaId = useId();

  const save = (patch: { roleId?: string | null; personaId?: string | null }) =>
    write.run(user.id, patch);

  return (
    <div className="taxonomy">
      <div className="field">
        <label htmlFor={roleId} className="field-label">
          Role
        </label>
        <select
          id={roleId}
          className="input"
          value={user.roleId ?? ''}
          onChange={(e) => void save({ roleId: e.target.value || null })}
        >
          <option value="">No role</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={personaId} className="field-label">
          Persona
        </label>
        <select
          id={personaId}
          className="input"
          value={user.personaId ?? ''}
          onChange={(e) => void save({ personaId: e.target.value || null })}
        >
          <option value="">No persona</option>
          {personas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorText>{write.error}</ErrorText>
    </div>
  );
}
