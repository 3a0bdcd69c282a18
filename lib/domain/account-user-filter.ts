import type { AccountUserRow } from './account-user-rows';
import type { UserType } from './types';

/** Activity in the workspace window: active, inactive (used the product before), never used it. */
export type ActivityFilter = 'all' | 'active' | 'inactive' | 'never';

/** `'all'` = any; `'none'` = users without a role (or persona). */
export interface AccountUserFilters {
  roleId: string;
  personaId: string;
  activity: ActivityFilter;
  /** Users holding this type (`'all'` = any). */
  type: UserType | 'all';
  search: string;
  /** details: `all`, `reached:<milestone id>` or `not:<milestone id>`. */
  milestone?: string;
}

export const NO_FILTERS: AccountUserFilters = {
  roleId: 'all',
  personaId: 'all',
  activity: 'all',
  type: 'all',
  search: '',
};

export const ACTIVITY_FILTER_LABELS: Record<ActivityFilter, string> = {
  all: 'Any activity',
  active: 'Active in the window',
  inactive: 'Inactive in the window',
  never: 'Never logged in',
};

function matchesId(filter: string, value: string | undefined): boolean {
  if (filter === 'all') return true;
  if (filter === 'none') return value === undefined;
  return value === filter;
}

/** Users the milestone does not concern (or whose status is not known) pass neither side. */
function matchesMilestone(filter: string | undefined, row: AccountUserRow): boolean {
  if (!filter || filter === 'all') return true;
  const cut = filter.indexOf(':');
  const id = filter.slice(cut + 1);
  const cell = row.milestones?.[id];
  if (cell === undefined) return false;
  return filter.startsWith('reached:') ? cell !== false : cell === false;
}

function matchesActivity(filter: ActivityFilter, row: AccountUserRow): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'active':
      return row.windowCount > 0;
    case 'inactive':
      return row.windowCount === 0 && row.everActive;
    case 'never':
      return !row.everActive;
  }
}

/** Rows passing every filter; the search needs every word to appear in name, email or title. */
export function filterAccountUsers(
  rows: readonly AccountUserRow[],
  filters: AccountUserFilters,
): AccountUserRow[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      matchesId(filters.roleId, row.roleId) &&
      matchesId(filters.personaId, row.personaId) &&
      matchesActivity(filters.activity, row) &&
      matchesMilestone(filters.milestone, row) &&
      (filters.type === 'all' || row.types.includes(filters.type)) &&
      words.every((w) => row.searchText.includes(w)),
  );
}

/** True when any filter narrows the list (to offer "Clear filters"). */
export function hasActiveFilters(filters: AccountUserFilters): boolean {
  return (
    filters.roleId !== 'all' ||
    filters.personaId !== 'all' ||
    filters.activity !== 'all' ||
    (filters.milestone ?? 'all') !== 'all' ||
    filters.type !== 'all' ||
    filters.search.trim() !== ''
  );
}
