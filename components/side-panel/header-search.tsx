import { type KeyboardEvent, useRef, useState } from 'react';
import { UserListItem } from '@/components/shared/user-list-item';
import { usePanelStore } from '@/lib/panel/panel-store';
import { useUserSearch } from '@/lib/panel/use-user-search';

/**
 * The search box in the panel's header, there on every page: type, then pick a result (or
 * press ↓ to reach the results, Escape to clear). Opening a result clears the box.
 */
export function HeaderSearch() {
  const [text, setText] = useState('');
  const open = usePanelStore((s) => s.open);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { query, results, isFetching } = useUserSearch(text);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && text) {
      e.preventDefault();
      setText('');
      inputRef.current?.focus();
    } else if (e.key === 'ArrowDown' && e.target === inputRef.current) {
      const first = listRef.current?.querySelector<HTMLButtonElement>('button');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && listRef.current) {
      const buttons = [...listRef.current.querySelectorAll<HTMLButtonElement>('button')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (at < 0) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? buttons[at + 1] : (buttons[at - 1] ?? inputRef.current);
      next?.focus();
    }
  };

  return (
    <search className="header-search" onKeyDown={onKeyDown}>
      <input
        ref={inputRef}
        type="search"
        className="input"
        aria-label="Find a user"
        placeholder="Find a user: name, email, company, phone"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {query && !isFetching && results.length === 0 ? (
        <p className="header-search-popup muted small" role="status">
          No user found for “{query}”.
        </p>
      ) : null}
      {results.length > 0 ? (
        <ul ref={listRef} className="header-search-popup user-list" aria-label="Matching users">
          {results.map((u) => (
            <li key={u.id}>
              <UserListItem
                user={u}
                onOpen={() => {
                  setText('');
                  open({ kind: 'user', userId: u.id });
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}
