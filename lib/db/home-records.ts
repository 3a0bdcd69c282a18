// home: local-only rows of the rep (never synced, kept through a resync).

/** An account the rep pinned to the home. */
export interface PinRow {
  accountId: string;
  pinnedAt: string;
}

/**
 * When this rep last opened a user or account page (`user:<id>` / `account:<id>`). `viewedAt`
 * orders "Recently viewed"; `finished` lists the enrolments already seen finished, since the
 * protocol has no finish date.
 */
export interface ViewRow {
  key: string;
  kind: 'user' | 'account';
  id: string;
  viewedAt: string;
  finished?: string[];
}

export const viewKey = (kind: 'user' | 'account', id: string) => `${kind}:${id}`;
