import { getDb } from '../db/database';
import type { StoredAccount, StoredUser } from '../db/records';
import { displayName } from '../domain/display-name';
import { dexieQuery } from '../query/dexie-query';

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

/** Candidates read per step: each keystroke's work is bounded by this, not by the workspace. */
const BATCH = 100;

export interface SearchOptions {
  /** Aborted when a newer keystroke replaced this query: stop between reads. */
  signal?: AbortSignal;
}

/**
 * Prefix search: every token must start one of the user's keys (name words, email, email
 * domain, phone digits from any position) or one of their account's (name words, domain).
 * The longest token (the most selective) goes through the multi-entry `searchKeys` index of
 * users, then through the users of accounts whose keys it starts; the rows come a batch at a
 * time, each batch in one request (a bulk get is one request per key), and only the other
 * tokens are checked against them. No explicit transaction: its completion is one more task
 * to wait for, and a one-token search is one request. Deactivated users are not listed.
 */
export async function searchUsers(
  query: string,
  limit = 20,
  options: SearchOptions = {},
): Promise<StoredUser[]> {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const lead = tokens.reduce((a, b) => (b.length > a.length ? b : a));
  // The lead matches every row either source yields: only the other tokens are checked, and
  // accounts are read only for them.
  const leadAt = tokens.indexOf(lead);
  const rest = tokens.filter((_, i) => i !== leadAt);
  const db = getDb();
  const found = new Map<string, StoredUser>();
  const accounts = new Map<string, StoredAccount | undefined>();
  // With one token every row is a result, so a batch needs hardly more rows than the list shows.
  const batch = rest.length ? BATCH : limit * 2;
  let accountIds: string[] | undefined;
  const sources = [
    (offset: number) =>
      db.users.where('searchKeys').startsWith(lead).offset(offset).limit(batch).toArray(),
    async (offset: number) => {
      // Users of the accounts the lead names: read only when the users' own keys ran out.
      accountIds ??= [
        ...new Set(
          (await db.accounts.where('searchKeys').startsWith(lead).primaryKeys()) as string[],
        ),
      ];
      return accountIds.length
        ? db.users.where('accountId').anyOf(accountIds).offset(offset).limit(batch).toArray()
        : [];
    },
  ];
  for (const next of sources)
    for (let offset = 0; found.size < limit; offset += batch) {
      options.signal?.throwIfAborted();
      const rows = await next(offset);
      const users = rows.filter((u) => !u.deactivated && !found.has(u.id));
      if (rest.length) await readAccounts(users, accounts);
      for (const u of users)
        if (found.size < limit && matchesAll(u, accounts.get(u.accountId ?? ''), rest))
          found.set(u.id, u);
      if (rows.length < batch) break;
    }
  return [...found.values()].sort((a, b) => displayName(a).localeCompare(displayName(b)));
}

async function readAccounts(users: StoredUser[], into: Map<string, StoredAccount | undefined>) {
  const ids = [...new Set(users.flatMap((u) => (u.accountId ? [u.accountId] : [])))].filter(
    (id) => !into.has(id),
  );
  if (ids.length === 0) return;
  const rows = await getDb().accounts.bulkGet(ids);
  for (const [i, id] of ids.entries()) into.set(id, rows[i]);
}

function matchesAll(u: StoredUser, account: StoredAccount | undefined, tokens: string[]): boolean {
  if (tokens.length === 0) return true;
  const keys = [...u.searchKeys, ...(account?.searchKeys ?? [])];
  return tokens.every((t) => keys.some((k) => k.startsWith(t)));
}

export const searchUsersQuery = (query: string) =>
  dexieQuery({
    key: ['users', 'search', query.trim().toLowerCase()],
    tables: ['users', 'accounts'],
    // TanStack Query aborts the signal of a query nobody observes any more (the text moved
    // on): a stale search stops at its next read instead of running to the end.
    fn: ({ signal }) => searchUsers(query, 20, { signal }),
  });
