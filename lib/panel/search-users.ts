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
 * The longest token (the most selective) goes through the multi-entry `searchKeys` indexes of
 * users and accounts, keys only, a batch at a time; the batch's rows are read in one bulk get
 * and checked against the other tokens. Deactivated users are not listed.
 */
export async function searchUsers(
  query: string,
  limit = 20,
  options: SearchOptions = {},
): Promise<StoredUser[]> {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const lead = tokens.reduce((a, b) => (b.length > a.length ? b : a));
  const db = getDb();
  const accountIds = [
    ...new Set((await db.accounts.where('searchKeys').startsWith(lead).primaryKeys()) as string[]),
  ];
  const found: StoredUser[] = [];
  const seen = new Set<string>();
  const accounts = new Map<string, StoredAccount | undefined>();
  const sources = [
    (offset: number) =>
      db.users.where('searchKeys').startsWith(lead).offset(offset).limit(BATCH).primaryKeys(),
    (offset: number) =>
      accountIds.length
        ? db.users.where('accountId').anyOf(accountIds).offset(offset).limit(BATCH).primaryKeys()
        : Promise.resolve([]),
  ];
  for (const next of sources)
    for (let offset = 0; found.length < limit; offset += BATCH) {
      options.signal?.throwIfAborted();
      const keys = (await next(offset)) as string[];
      const fresh = [...new Set(keys)].filter((id) => !seen.has(id));
      for (const id of fresh) seen.add(id);
      const users = (await db.users.bulkGet(fresh)).filter(
        (u): u is StoredUser => u !== undefined && !u.deactivated,
      );
      await readAccounts(users, accounts);
      for (const u of users)
        if (found.length < limit && matchesAll(u, accounts.get(u.accountId ?? ''), tokens))
          found.push(u);
      if (keys.length < BATCH) break;
    }
  return found.sort((a, b) => displayName(a).localeCompare(displayName(b)));
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
