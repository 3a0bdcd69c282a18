import { displayName } from '@/lib/domain/display-name';
import type { User } from '@/lib/domain/types';

export interface UserListItemProps {
  user: User;
  onOpen(): void;
}

/** One person in a list (search results, possible matches): a button that opens their page. */
export function UserListItem({ user, onOpen }: UserListItemProps) {
  const name = displayName(user);
  const detail = [user.email, user.title].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      className="user-list-item"
      data-focus-id={`user:${user.id}`}
      onClick={onOpen}
    >
      <span className="avatar" aria-hidden="true">
        {initials(name)}
      </span>
      <span className="user-list-text">
        <span className="user-list-name">{name}</span>
        {detail && detail !== name ? <span className="muted small">{detail}</span> : null}
      </span>
    </button>
  );
}

export function initials(name: string): string {
  const parts = name.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}
