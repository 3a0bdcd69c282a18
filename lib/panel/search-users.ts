import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import type { StoredUser } from '../db/records';
import type { TableMeta } from './dexie-query-bridge';

/** Lower-cased tokens of a query; phone-like tokens reduced to digits to match the stored keys. */
export function searchTokens(query: string): string[] {
  const trimmed = query.trim().toLowerCase();
  if (!trimmed) return [];
  if (/^[\d\s()+.-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits ? [digits] : [];
  }
  return trimmed.split(/\s+/).filter(Boolean);
}

/**
 * Prefix search on the multi-entry `searchKeys` index: the first token goes through the index
 * (fast on tens of thousands of users), later tokens must each prefix one of the user's keys.
 * Deactivated users are not listed.
 */
export async function searchUsers(query: string, limit = 20): Promise<StoredUser[]> {
  const [first, ...rest] = searchTokens(query);
  if (!first) return [];
  const rows = await getDb()
    .users.where('searchKeys')
    .startsWith(first)
    .distinct()
    .filter((u) => !u.deactivated && rest.every((t) => u.searchKeys.some((k) => k.startsWith(t))))
    .limit(limit)
    .toArray();
  return rows.sort((a, b) => displayName(a).localeCompare(displayName(b)));
}

export function displayName(
  u: Pick<StoredUser, 'firstName' | 'lastName' | 'email' | 'id'>,
): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ').trim();
  return name || u.email || u.id;
}

export const searchUsersQuery = (query: string) =>
  queryOptions({
    queryKey: ['users', 'search', query.trim().toLowerCase()],
    queryFn: () => searchUsers(query),
    meta: { tables: ['users'] } satisfies TableMeta,
  });
