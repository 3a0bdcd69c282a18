import { type AccountColumnId, accountColumn } from './account-columns';
import type { AccountUserRow } from './account-user-rows';

export type SortDirection = 'asc' | 'desc';

export interface AccountSort {
  column: AccountColumnId;
  direction: SortDirection;
}

// One collator for every comparison: creating one per call is slow on 5,000 rows.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Rows sorted by one column. Empty values always go last whatever the direction (a sort by
 * "Last active" must not start with the users who never logged in); ties fall back to name, then id,
 * so the order is stable and the same on every render.
 */
export function sortAccountUsers(
  rows: readonly AccountUserRow[],
  sort: AccountSort,
): AccountUserRow[] {
  const column = accountColumn(sort.column);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: column.sortValue(row) }));
  keyed.sort((a, b) => {
    const aEmpty = a.key === undefined || a.key === '';
    const bEmpty = b.key === undefined || b.key === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    if (!aEmpty && !bEmpty) {
      const byKey =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      if (byKey !== 0) return sign * byKey;
    }
    return (
      collator.compare(a.row.name, b.row.name) ||
      (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0)
    );
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: a new column sorts ascending (numbers descending), the same one flips. */
export function nextSort(current: AccountSort, column: AccountColumnId): AccountSort {
  if (current.column === column)
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: accountColumn(column).numeric ? 'desc' : 'asc' };
}
