import { useQuery } from '@tanstack/react-query';
import { initials } from '@/components/shared/user-list-item';
import { TypeBadges } from '@/components/user-page/type-badges';
import type { SeenPerson, TabDetection } from '@/lib/messaging/tab-detection';
import { usePanelStore } from '@/lib/panel/panel-store';
import { userByEmailQuery } from '@/lib/panel/user-by-email-query';

const ROLE: Record<SeenPerson['role'], string> = {
  from: 'wrote',
  to: 'to',
  cc: 'cc',
  draft: 'draft to',
  profile: 'profile',
};

function PersonChoice({ person }: { person: SeenPerson }) {
  const email = person.email ?? '';
  const { data: user } = useQuery({ ...userByEmailQuery(email), enabled: email !== '' });
  const open = usePanelStore((s) => s.open);
  const name = person.name ?? email;
  return (
    <li className="site-person">
      <span className="avatar" aria-hidden="true">
        {initials(name)}
      </span>
      <span className="user-list-text">
        <span className="user-list-name">{name}</span>
        <span className="muted small">
          {ROLE[person.role]} · {email}
        </span>
        {user ? (
          <TypeBadges user={user} />
        ) : (
          <span className="muted small">Not a product user</span>
        )}
      </span>
      {user ? (
        <button
          type="button"
          className="button small"
          onClick={() => open({ kind: 'user', userId: user.id })}
        >
          Show
        </button>
      ) : null}
    </li>
  );
}

/**
 * The people of the open thread (never the rep, lists or groups), each with their types, to
 * pick from: shown when the thread has several people or nobody is in view.
 */
export function SitePeopleChooser({ detection }: { detection: TabDetection }) {
  const people = detection.people ?? [];
  if (people.length === 0) return null;
  return (
    <section className="card" aria-label="People in this thread">
      <div className="card-head">
        <h2>People in this thread</h2>
      </div>
      <ul className="site-people">
        {people.map((p) => (
          <PersonChoice key={p.email ?? p.name} person={p} />
        ))}
      </ul>
    </section>
  );
}
