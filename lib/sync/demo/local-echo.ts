import { getDb } from '../../db/database';
import { shadowKey } from '../../db/entities';
import { type LocalLedger, META } from '../../db/meta';
import { userWithEmail } from '../../db/new-user-write';
import { entityKeyOf } from '../../db/outbox-order';
import type { OutboxItem, OutboxKind, StoredUser } from '../../db/records';
import { fromStored } from '../../db/stored-keys';
import { unreachable } from '../../domain/unreachable';
import { upsert, type WireChange } from '../../protocol/wire-change';
import type { ChangePage, PushResult } from '../source';

// The demo and CSV sources have no server: a push is accepted on the spot and kept in a
// durable LEDGER of local-only writes (IndexedDB meta, one row per source), which the source
// serves after its own feed, as a real server would echo it. Because the ledger survives, a
// CSV re-import, "Reset local data" or a demo refresh (all pull again from no cursor) replays
// every local-only write after the new data: notes, enrolments and role changes made here are
// never lost. The ledger keeps the latest write per entity (a user's patches merged), so it
// grows with the entities edited, not with the edits.

const SEQ_MARK = '~';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

type LedgerEntry = LocalLedger['entries'][string];

async function readLedger(sourceKey: string): Promise<LocalLedger> {
  return (await META.localLedgers.item(sourceKey).get()) ?? { nextSeq: 1, entries: {} };
}

/** A user's patch applied to the server's copy (the shadow while a local edit waits). */
async function patchedUser(userId: string, patch: unknown): Promise<object | undefined> {
  const db = getDb();
  const shadow = await db.shadows.get(shadowKey('users', userId));
  const base = (shadow ? shadow.data : await db.users.get(userId)) as StoredUser | undefined;
  if (!base || !isObject(patch)) return undefined;
  const next: Record<string, unknown> = { ...fromStored(base) };
  for (const key of ['roleId', 'personaId'] as const)
    if (key in patch) {
      if (patch[key] === null) delete next[key];
      else next[key] = patch[key];
    }
  // The client always sends the whole custom-field map.
  if (isObject(patch.customFields)) next.customFields = patch.customFields;
  return next;
}

type DeleteKind = Extract<OutboxKind, `${string}.delete`>;
const isDelete = (kind: OutboxKind): kind is DeleteKind => kind.endsWith('.delete');

/** What the server would echo in its feed for a pushed item (or why it would refuse it). */
async function echoOf(item: LedgerEntry['item']): Promise<WireChange | string> {
  const entity = item.kind.slice(0, item.kind.indexOf('.'));
  if (isDelete(item.kind)) return { type: entity, op: 'delete', id: item.entityId };
  if (!isObject(item.body)) return 'The change has no content to save.';
  switch (item.kind) {
    case 'enrollment.put':
      return upsert('enrollment', { status: 'active', ...item.body });
    case 'user.patch': {
      // A PATCH answers with the whole user.
      const user = await patchedUser(item.entityId, item.body);
      return user ? upsert('user', user) : 'This user is no longer in the workspace.';
    }
    case 'user.put': {
      // As the sync server answers (409): one user per email.
      const email = typeof item.body.email === 'string' ? item.body.email : undefined;
      const owner = email ? await userWithEmail(email, item.entityId) : undefined;
      if (owner) return `The email ${email} already belongs to user ${owner.id}.`;
      return upsert(entity, item.body);
    }
    case 'note.put':
    case 'role.put':
    case 'persona.put':
      return upsert(entity, item.body);
    default:
      return unreachable(item.kind, 'outbox kind');
  }
}

/** Accepts a push locally and records it in the source's ledger (served in the next pull). */
export async function acceptLocally(sourceKey: string, item: OutboxItem): Promise<PushResult> {
  const echo = await echoOf(item);
  if (typeof echo === 'string') return { ok: false, permanent: true, message: echo };
  const db = getDb();
  await db.transaction('rw', db.meta, async () => {
    const ledger = await readLedger(sourceKey);
    const key = entityKeyOf(item);
    const before = ledger.entries[key]?.item;
    const body =
      item.kind === 'user.patch' && before?.kind === 'user.patch' && isObject(before.body)
        ? { ...before.body, ...(item.body as object) }
        : item.body;
    ledger.entries[key] = {
      seq: ledger.nextSeq,
      item: { kind: item.kind, entityId: item.entityId, ...(body !== undefined ? { body } : {}) },
    };
    ledger.nextSeq += 1;
    await META.localLedgers.item(sourceKey).set(ledger);
  });
  return { ok: true, body: echo.op === 'upsert' ? echo.data : undefined };
}

/**
 * One pull of a local source: its own feed first; once that is exhausted, the ledger entries
 * after the cursor's ledger position. The cursor is `<source cursor>~<ledger seq>`, so a pull
 * from no cursor (first sync, re-import, reset, refresh) replays the whole ledger.
 */
export async function pullWithLedger(
  sourceKey: string,
  cursor: string | undefined,
  limit: number,
  pullFeed: (cursor: string | undefined) => Promise<ChangePage>,
): Promise<ChangePage> {
  const mark = cursor?.lastIndexOf(SEQ_MARK) ?? -1;
  const inner = cursor === undefined || mark < 0 ? cursor : cursor.slice(0, mark);
  const after = cursor && mark >= 0 ? Number(cursor.slice(mark + 1)) || 0 : 0;
  const page = await pullFeed(inner);
  const entries = Object.values((await readLedger(sourceKey)).entries)
    .filter((e) => e.seq > after)
    .sort((a, b) => a.seq - b.seq);
  // Echoes wait for a page of their own: a user patch is applied to the user as stored after
  // the feed's own pages, not to a copy the same page is about to replace.
  if (page.hasMore || page.changes.length > 0 || entries.length === 0)
    return {
      ...page,
      cursor: `${page.cursor}${SEQ_MARK}${after}`,
      hasMore: page.hasMore || entries.length > 0,
    };
  const taken = entries.slice(0, Math.max(1, limit));
  const changes: WireChange[] = [];
  for (const entry of taken) {
    const echo = await echoOf(entry.item);
    if (typeof echo !== 'string') changes.push(echo);
  }
  const last = taken[taken.length - 1]?.seq ?? after;
  return {
    cursor: `${page.cursor}${SEQ_MARK}${last}`,
    hasMore: entries.length > taken.length,
    changes,
  };
}
