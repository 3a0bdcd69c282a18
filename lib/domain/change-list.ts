import type { ChangeRecord } from './change-records';
import { addDays } from './time';
import type { ChangeKind } from './type-changes';
import type { Day } from './types';

export type ChangeWindow = 7 | 30;

export interface AccountChanges {
  /** Undefined for people with no account. */
  accountId?: string;
  changes: ChangeRecord[];
}

/**
 * The home's change list: live changes dated in the last `window` days (today included),
 * optionally of some kinds only, grouped by account. Newest first inside a group; groups ordered
 * by their newest change, then by how many changes they hold.
 */
export function changeList(
  records: Iterable<ChangeRecord>,
  options: { today: Day; window: ChangeWindow; kinds?: ReadonlySet<ChangeKind> },
): AccountChanges[] {
  const from = addDays(options.today, -(options.window - 1));
  const groups = new Map<string, AccountChanges>();
  for (const r of records) {
    if (r.live !== 1 || r.day < from || r.day > options.today) continue;
    if (options.kinds && options.kinds.size > 0 && !options.kinds.has(r.kind)) continue;
    const key = r.accountId ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { ...(r.accountId ? { accountId: r.accountId } : {}), changes: [] };
      groups.set(key, group);
    }
    group.changes.push(r);
  }
  const list = [...groups.values()];
  for (const g of list) g.changes.sort(newestFirst);
  return list.sort(
    (a, b) =>
      newestFirst(a.changes[0] as ChangeRecord, b.changes[0] as ChangeRecord) ||
      b.changes.length - a.changes.length,
  );
}

/** The first `count` changes of the list, in its order, with their groups (a page of it). */
export function firstChanges(groups: readonly AccountChanges[], count: number): AccountChanges[] {
  const out: AccountChanges[] = [];
  let left = count;
  for (const g of groups) {
    if (left <= 0) break;
    const changes = g.changes.slice(0, left);
    left -= changes.length;
    out.push({ ...g, changes });
  }
  return out;
}

/** The people and accounts a page of the list shows, each once, in order. */
export function pagePeople(page: readonly AccountChanges[]): {
  users: string[];
  accounts: string[];
} {
  return {
    users: [...new Set(page.flatMap((g) => g.changes.map((c) => c.userId)))],
    accounts: page.flatMap((g) => (g.accountId ? [g.accountId] : [])),
  };
}

function newestFirst(a: ChangeRecord, b: ChangeRecord): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many distinct people of each account changed type in the window. */
export function changedPeopleByAccount(
  records: Iterable<ChangeRecord>,
  options: { today: Day; window: ChangeWindow },
): Map<string, number> {
  const people = new Map<string, Set<string>>();
  for (const group of changeList(records, options)) {
    if (!group.accountId) continue;
    people.set(group.accountId, new Set(group.changes.map((c) => c.userId)));
  }
  return new Map([...people].map(([id, set]) => [id, set.size]));
}
