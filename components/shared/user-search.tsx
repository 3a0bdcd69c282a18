import { useId, useState } from 'react';
import { usePanelStore } from '@/lib/panel/panel-store';
import { useUserSearch } from '@/lib/panel/use-user-search';
import { UserListItem } from './user-list-item';

export interface UserSearchProps {
  /** Pre-filled text, e.g. the name seen on the CRM page. */
  initial?: string;
}

/** "Search users": prefix search by first name, last name, email or phone; a result opens its page. */
export function UserSearch({ initial = '' }: UserSearchProps) {
  const [text, setText] = useState(initial);
  const inputId = useId();
  const open = usePanelStore((s) => s.open);
  const { query, results, isFetching } = useUserSearch(text);

  return (
    <search className="card user-search">
      <label htmlFor={inputId} className="field-label">
        Search users
      </label>
      <input
        id={inputId}
        type="search"
        className="input"
        placeholder="Name, email or phone"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {query && !isFetching && results.length === 0 ? (
        <p className="muted small" role="status">
          No user found for “{query}”. Try a first name, last name, email or phone number.
        </p>
      ) : null}
      {results.length > 0 ? (
        <ul className="user-list" aria-label="Search results">
          {results.map((u) => (
            <li key={u.id}>
              <UserListItem user={u} onOpen={() => open({ kind: 'user', userId: u.id })} />
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}
