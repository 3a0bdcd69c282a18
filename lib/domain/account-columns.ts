import type { AccountUserRow } from './account-user-rows';
import { USER_TYPE_LABELS, type UserType } from './types';

export type AccountColumnId =
  | 'name'
  | 'email'
  | 'types'
  | 'role'
  | 'persona'
  | 'title'
  | 'lastActive'
  | 'activity'
  | 'activeDays'
  | 'created'
  | 'segment'
  | 'milestones';

export interface AccountColumn {
  id: AccountColumnId;
  label: string;
  /** Width in pixels: frozen columns need fixed widths to stack their sticky offsets. */
  width: number;
  numeric?: boolean;
  /** The text is a calendar day: the panel shows it in its one date format ("Nov 27, 2026"). */
  date?: boolean;
  /** Values compared when sorting: numbers, or strings compared by locale. */
  sortValue(row: AccountUserRow): string | number | undefined;
  /** Text shown in the cell (always rendered as text). */
  text(row: AccountUserRow): string;
}

const TYPE_RANK: Record<UserType, number> = {
  power: 0,
  influencer: 1,
  active: 2,
  inactive: 3,
  zombie: 4,
};

/** The best type a user holds, as a rank (lower = more engaged); users without types last. */
function typeRank(row: AccountUserRow): number | undefined {
  if (row.types.length === 0) return undefined;
  return Math.min(...row.types.map((t) => TYPE_RANK[t]));
}

/** A user's types from most to least engaged (power user first). */
export function sortedTypes(types: readonly UserType[]): UserType[] {
  return [...types].sort((a, b) => TYPE_RANK[a] - TYPE_RANK[b]);
}

function typesText(types: readonly UserType[]): string {
  return sortedTypes(types)
    .map((t) => USER_TYPE_LABELS[t])
    .join(', ');
}

// Catalogue order is display order (after frozen columns): the most telling columns first.
export const ACCOUNT_COLUMNS: readonly AccountColumn[] = [
  { id: 'name', label: 'Name', width: 160, sortValue: (r) => r.name, text: (r) => r.name },
  {
    id: 'types',
    label: 'Type',
    width: 190,
    sortValue: typeRank,
    text: (r) => typesText(r.types) || 'Not classified yet',
  },
  {
    id: 'lastActive',
    label: 'Last active',
    width: 110,
    date: true,
    sortValue: (r) => r.lastActiveDay,
    text: (r) => r.lastActiveDay ?? 'Never',
  },
  {
    id: 'activity',
    label: 'Events in window',
    width: 90,
    numeric: true,
    sortValue: (r) => r.windowCount,
    text: (r) => String(r.windowCount),
  },
  {
    id: 'activeDays',
    label: 'Active days',
    width: 90,
    numeric: true,
    sortValue: (r) => r.activeDaysWindow,
    text: (r) => String(r.activeDaysWindow),
  },
  { id: 'role', label: 'Role', width: 120, sortValue: (r) => r.role, text: (r) => r.role ?? '' },
  {
    id: 'persona',
    label: 'Persona',
    width: 120,
    sortValue: (r) => r.persona,
    text: (r) => r.persona ?? '',
  },
  {
    id: 'title',
    label: 'Title',
    width: 150,
    sortValue: (r) => r.title,
    text: (r) => r.title ?? '',
  },
  {
    id: 'email',
    label: 'Email',
    width: 200,
    sortValue: (r) => r.email,
    text: (r) => r.email ?? '',
  },
  {
    id: 'created',
    label: 'Created',
    width: 110,
    date: true,
    sortValue: (r) => r.createdOn,
    text: (r) => r.createdOn,
  },
  {
    id: 'segment',
    label: 'Segment',
    width: 110,
    sortValue: (r) => r.segment,
    text: (r) => r.segment ?? '',
  },
  {
    id: 'milestones',
    label: 'Milestones reached',
    width: 170,
    sortValue: (r) => r.milestonesReached?.length,
    text: (r) => r.milestonesReached?.join(', ') ?? '',
  },
];

const BY_ID = new Map(ACCOUNT_COLUMNS.map((c) => [c.id, c]));

export function accountColumn(id: AccountColumnId): AccountColumn {
  const column = BY_ID.get(id);
  if (!column) throw new Error(`Unknown column ${id}`);
  return column;
}
