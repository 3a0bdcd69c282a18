import type { ChangeEvent } from 'react';
import {
  ACTIVITY_FILTER_LABELS,
  type AccountUserFilters,
  type ActivityFilter,
} from '@/lib/domain/account-user-filter';
import { type Persona, type Role, USER_TYPE_LABELS, type UserType } from '@/lib/domain/types';

export interface AccountUsersFiltersProps {
  filters: AccountUserFilters;
  roles: readonly Role[];
  personas: readonly Persona[];
  onChange(patch: Partial<AccountUserFilters>): void;
}

const ACTIVITY_OPTIONS = Object.keys(ACTIVITY_FILTER_LABELS) as ActivityFilter[];
const TYPE_OPTIONS: UserType[] = ['power', 'active', 'influencer', 'inactive', 'zombie'];

/** Search box and the type, role, persona and activity filters of the users table. */
export function AccountUsersFilters({
  filters,
  roles,
  personas,
  onChange,
}: AccountUsersFiltersProps) {
  const pick = (key: 'roleId' | 'personaId') => (e: ChangeEvent<HTMLSelectElement>) =>
    onChange({ [key]: e.target.value });
  return (
    <div className="account-filters">
      <input
        type="search"
        className="input account-search"
        aria-label="Search this account’s users"
        placeholder="Search by name, email or title"
        value={filters.search}
        onChange={(e) => onChange({ search: e.target.value })}
      />
      <select
        className="input compact"
        aria-label="Filter by type"
        value={filters.type}
        onChange={(e) => onChange({ type: e.target.value as UserType | 'all' })}
      >
        <option value="all">All types</option>
        {TYPE_OPTIONS.map((t) => (
          <option key={t} value={t}>
            {USER_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <select
        className="input compact"
        aria-label="Filter by role"
        value={filters.roleId}
        onChange={pick('roleId')}
      >
        <option value="all">All roles</option>
        <option value="none">No role</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <select
        className="input compact"
        aria-label="Filter by persona"
        value={filters.personaId}
        onChange={pick('personaId')}
      >
        <option value="all">All personas</option>
        <option value="none">No persona</option>
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <select
        className="input compact"
        aria-label="Filter by activity"
        value={filters.activity}
        onChange={(e) => onChange({ activity: e.target.value as ActivityFilter })}
      >
        {ACTIVITY_OPTIONS.map((a) => (
          <option key={a} value={a}>
            {ACTIVITY_FILTER_LABELS[a]}
          </option>
        ))}
      </select>
    </div>
  );
}
