import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { initials, UserListItem } from '@/components/shared/user-list-item';
import { UserSearch } from '@/components/shared/user-search';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { usePanelStore } from '@/lib/panel/panel-store';
import { usersByIdsQuery } from '@/lib/panel/user-queries';
import { AddProductUserForm } from './add-product-user-form';

/** The CRM person has an email but no product user has it: say so, show likely matches, offer search. */
export function NoMatchState({ detection }: { detection: TabDetection }) {
  const email = detection.person?.emails[0] ?? '';
  const name = detection.person?.name;
  const suggestions = detection.match?.suggestions ?? [];
  const open = usePanelStore((s) => s.open);
  const [adding, setAdding] = useState(false);
  const { data: possible = [] } = useQuery({
    ...usersByIdsQuery(suggestions),
    enabled: suggestions.length > 0,
  });
  return (
    <div className="state">
      <section className="card state-card" aria-label="Not matched">
        <div className="state-person">
          <span className="avatar large muted-avatar" aria-hidden="true">
            {initials(name ?? email)}
          </span>
          <div>
            <p className="state-title">No product user matches {email}</p>
            <p className="muted">
              {name ? `${name} is in your CRM, but ` : 'This person is in your CRM, but '}
              nobody with this email uses the product. They may sign in with another address: look
              for them below.
            </p>
          </div>
        </div>
        {adding ? null : (
          <button type="button" className="button small" onClick={() => setAdding(true)}>
            Add as product user
          </button>
        )}
      </section>
      {adding ? (
        <AddProductUserForm
          detection={detection}
          onAdded={(userId) => open({ kind: 'user', userId })}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {possible.length > 0 ? (
        <section className="card" aria-label="Possible matches">
          <div className="card-head">
            <h2>Possible matches</h2>
          </div>
          <ul className="user-list">
            {possible.map((u) => (
              <li key={u.id}>
                <UserListItem user={u} onOpen={() => open({ kind: 'user', userId: u.id })} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <UserSearch />
    </div>
  );
}
