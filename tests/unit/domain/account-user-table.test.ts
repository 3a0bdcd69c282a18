import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLUMN_LAYOUT,
  placeColumns,
  toggleFrozen,
  toggleVisible,
} from '@/lib/domain/account-column-layout';
import { filterAccountUsers, hasActiveFilters, NO_FILTERS } from '@/lib/domain/account-user-filter';
import { type AccountUserStats, accountUserRows } from '@/lib/domain/account-user-rows';
import { nextSort, sortAccountUsers } from '@/lib/domain/account-user-sort';
import type { User } from '@/lib/domain/types';

const users: User[] = [
  {
    id: 'u1',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@nw.example',
    title: 'CTO',
    roleId: 'r-admin',
    personaId: 'p-champ',
    createdAt: '2026-01-02T23:30:00Z',
  },
  {
    id: 'u2',
    firstName: 'Bob',
    lastName: 'Stone',
    email: 'bob@nw.example',
    roleId: 'r-user',
    createdAt: '2026-02-01T10:00:00Z',
  },
  {
    id: 'u3',
    firstName: 'carol',
    lastName: 'Diaz',
    email: 'carol@nw.example',
    title: 'Analyst',
    roleId: 'r-user',
    personaId: 'p-champ',
    createdAt: '2026-03-01T10:00:00Z',
  },
  { id: 'u4', email: 'dan@nw.example', createdAt: '2026-04-01T10:00:00Z' },
  {
    id: 'u5',
    firstName: 'Eve',
    lastName: 'Gone',
    deactivated: true,
    createdAt: '2026-04-01T10:00:00Z',
  },
];
const stats = new Map<string, AccountUserStats>([
  [
    'u1',
    {
      types: ['power', 'active'],
      windowCount: 40,
      activeDaysWindow: 12,
      everActive: true,
      lastActiveDay: '2026-11-20',
    },
  ],
  [
    'u2',
    {
      types: ['active'],
      windowCount: 3,
      activeDaysWindow: 2,
      everActive: true,
      lastActiveDay: '2026-11-01',
    },
  ],
  [
    'u3',
    {
      types: ['inactive'],
      windowCount: 0,
      activeDaysWindow: 0,
      everActive: true,
      lastActiveDay: '2026-08-15',
    },
  ],
  ['u4', { types: ['zombie'], windowCount: 0, activeDaysWindow: 0, everActive: false }],
]);
const rows = accountUserRows({
  users,
  stats,
  roles: [
    { id: 'r-admin', name: 'Admin' },
    { id: 'r-user', name: 'Member' },
  ],
  personas: [{ id: 'p-champ', name: 'Champion' }],
  timeZone: 'America/New_York',
  nameOf: (u) => [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email || u.id,
});
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('accountUserRows', () => {
  it('leaves deactivated users out and resolves role and persona names', () => {
    expect(ids(rows)).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(rows[0]).toMatchObject({ name: 'Ada Lovelace', role: 'Admin', persona: 'Champion' });
    expect(rows[3]).toMatchObject({ name: 'dan@nw.example', types: ['zombie'] });
  });

  it('dates creation in the workspace timezone', () => {
    expect(rows[0]?.createdOn).toBe('2026-01-02');
  });
});

describe('filterAccountUsers', () => {
  it('filters by activity in the window', () => {
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, activity: 'active' }))).toEqual([
      'u1',
      'u2',
    ]);
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, activity: 'inactive' }))).toEqual(['u3']);
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, activity: 'never' }))).toEqual(['u4']);
  });

  it('filters by role and persona, including "none"', () => {
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, roleId: 'r-user' }))).toEqual([
      'u2',
      'u3',
    ]);
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, roleId: 'none' }))).toEqual(['u4']);
    expect(
      ids(filterAccountUsers(rows, { ...NO_FILTERS, personaId: 'p-champ', roleId: 'r-user' })),
    ).toEqual(['u3']);
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, personaId: 'none' }))).toEqual([
      'u2',
      'u4',
    ]);
  });

  it('searches every word in name, email and title, ignoring case', () => {
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, search: 'CAROL analyst' }))).toEqual([
      'u3',
    ]);
    expect(ids(filterAccountUsers(rows, { ...NO_FILTERS, search: 'nw.example' }))).toHaveLength(4);
    expect(filterAccountUsers(rows, { ...NO_FILTERS, search: 'ada zzz' })).toEqual([]);
  });

  it('knows when a filter narrows the list', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, search: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, activity: 'never' })).toBe(true);
  });
});

describe('sortAccountUsers', () => {
  it('sorts names by locale, ignoring case', () => {
    expect(ids(sortAccountUsers(rows, { column: 'name', direction: 'asc' }))).toEqual([
      'u1',
      'u2',
      'u3',
      'u4',
    ]);
    expect(ids(sortAccountUsers(rows, { column: 'name', direction: 'desc' }))).toEqual([
      'u4',
      'u3',
      'u2',
      'u1',
    ]);
  });

  it('sorts numbers numerically', () => {
    expect(ids(sortAccountUsers(rows, { column: 'activity', direction: 'desc' }))).toEqual([
      'u1',
      'u2',
      'u3',
      'u4',
    ]);
  });

  it('keeps empty values last in both directions', () => {
    expect(ids(sortAccountUsers(rows, { column: 'lastActive', direction: 'asc' }))).toEqual([
      'u3',
      'u2',
      'u1',
      'u4',
    ]);
    expect(ids(sortAccountUsers(rows, { column: 'lastActive', direction: 'desc' }))).toEqual([
      'u1',
      'u2',
      'u3',
      'u4',
    ]);
    expect(
      sortAccountUsers(rows, { column: 'title', direction: 'desc' })
        .slice(-2)
        .map((r) => r.title),
    ).toEqual([undefined, undefined]);
  });

  it('sorts types from most to least engaged', () => {
    expect(ids(sortAccountUsers(rows, { column: 'types', direction: 'asc' }))).toEqual([
      'u1',
      'u2',
      'u3',
      'u4',
    ]);
  });

  it('flips the direction on the same column; numbers start high', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({
      column: 'name',
      direction: 'desc',
    });
    expect(nextSort({ column: 'name', direction: 'asc' }, 'activity')).toEqual({
      column: 'activity',
      direction: 'desc',
    });
    expect(nextSort({ column: 'activity', direction: 'desc' }, 'email')).toEqual({
      column: 'email',
      direction: 'asc',
    });
  });
});

describe('column layout', () => {
  it('freezes up to two columns and refuses a third with a message', () => {
    const one = DEFAULT_COLUMN_LAYOUT;
    expect(one.frozen).toEqual(['name']);
    const two = toggleFrozen(one, 'email');
    if (!two.ok) throw new Error(two.message);
    expect(two.layout.frozen).toEqual(['name', 'email']);
    const three = toggleFrozen(two.layout, 'role');
    expect(three).toEqual({
      ok: false,
      message:
        'Only two columns can be frozen. Unfreeze “Name” and “Email” first to freeze “Role”.',
    });
    const unfrozen = toggleFrozen(two.layout, 'name');
    expect(unfrozen.ok && unfrozen.layout.frozen).toEqual(['email']);
  });

  it('places frozen columns first with stacked sticky offsets', () => {
    const layout = {
      visible: ['email', 'name', 'role'] as const,
      frozen: ['role', 'name'] as const,
    };
    const placed = placeColumns({ visible: [...layout.visible], frozen: [...layout.frozen] });
    expect(placed).toEqual([
      { id: 'role', width: 120, frozenLeft: 0 },
      { id: 'name', width: 160, frozenLeft: 120 },
      { id: 'email', width: 200 },
    ]);
  });

  it('hiding a frozen column unfreezes it; the name column stays', () => {
    const frozen = toggleFrozen(DEFAULT_COLUMN_LAYOUT, 'email');
    if (!frozen.ok) throw new Error(frozen.message);
    const hidden = toggleVisible(frozen.layout, 'email');
    expect(hidden.ok && hidden.layout).toEqual({
      visible: DEFAULT_COLUMN_LAYOUT.visible.filter((c) => c !== 'email'),
      frozen: ['name'],
    });
    expect(toggleVisible(DEFAULT_COLUMN_LAYOUT, 'name')).toEqual({
      ok: false,
      message: 'The name column is always shown: it opens the user’s page.',
    });
    const shown = toggleVisible(DEFAULT_COLUMN_LAYOUT, 'segment');
    expect(shown.ok && shown.layout.visible.at(-1)).toBe('segment');
  });
});
