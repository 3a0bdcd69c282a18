import { normaliseEmail } from '../../domain/email';
import type { ActivityEvent } from '../../domain/types';
import { entitySchemas } from '../../protocol/schemas';
import type { Database, Sql } from '../db/driver';
import { getEntity, lockFeed, type Row, userIdByEmail, writeEntities } from '../store/changes';
import { readWorkspace } from '../store/workspace';
import { holdEvent, linkAnonymous, linkedUser } from './anonymous';
import { ingestEvents } from './events';
import {
  accountFromTraits,
  emailOf,
  eventFromTrack,
  messageIdOf,
  type SegmentMessage,
  timeOf,
  userFromTraits,
} from './segment-map';

export interface IngestOutcome {
  /** Messages stored or already stored before (a retry). */
  accepted: number;
  /** Messages with nothing to store (no event name, a page call…); anonymous events are kept. */
  ignored: number;
  newEvents: number;
}

/**
 * Applies Segment messages in one transaction: all of them are stored, or none (then the
 * sender retries the whole batch and messageIds keep the retry from doubling anything).
 */
export async function ingestSegment(
  db: Database,
  messages: SegmentMessage[],
  receivedAt: string,
): Promise<IngestOutcome> {
  return db.transaction(async (tx) => {
    await lockFeed(tx);
    const workspace = (await readWorkspace(tx))?.parsed;
    if (!workspace) throw new Error('The workspace is not set up.');
    let ignored = 0;
    const events: ActivityEvent[] = [];
    for (const m of messages) {
      const kind = m.type ?? 'track';
      // A message naming both ids links them (as identify does in Segment), whatever its type.
      const userId = idOf(m.userId);
      const anonymousId = idOf(m.anonymousId);
      if (userId && anonymousId) events.push(...(await linkAnonymous(tx, anonymousId, userId)));
      if (kind === 'track') {
        const owner = await resolveUser(tx, m);
        const event = eventFromTrack(m, owner ?? ANONYMOUS, receivedAt);
        if (!event || !entitySchemas.event.safeParse(event).success) ignored += 1;
        else if (owner) events.push(event);
        else if (anonymousId) {
          const { userId: _none, ...held } = event;
          await holdEvent(tx, anonymousId, held);
        } else ignored += 1; // only an email, of nobody known
      } else if (kind === 'alias') {
        const previousId = idOf(m.previousId);
        if (previousId && userId) events.push(...(await linkAnonymous(tx, previousId, userId)));
      } else if (kind === 'identify' || kind === 'group') {
        if (!(await firstDelivery(tx, messageIdOf(m)))) continue;
        const done =
          kind === 'identify' ? await identify(tx, m, receivedAt) : await group(tx, m, receivedAt);
        if (!done) ignored += 1;
      } else ignored += 1; // page, screen: accepted, nothing to store
    }
    // Identifies and groups of the batch are stored first, so its events find their users.
    const newEvents = await ingestEvents(tx, workspace, events);
    return { accepted: messages.length - ignored, ignored, newEvents };
  });
}

async function firstDelivery(tx: Sql, messageId: string): Promise<boolean> {
  const rows = await tx.query(
    'INSERT INTO ingested_messages (message_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING message_id',
    [messageId],
  );
  return rows.length > 0;
}

/** Placeholder user of an anonymous event while it is checked (it is stored without one). */
const ANONYMOUS = 'anonymous';

const idOf = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : String(v).trim() || undefined;

/** userId as sent, else the user the anonymousId is linked to, else the one with the email. */
async function resolveUser(tx: Sql, m: SegmentMessage): Promise<string | undefined> {
  const id = idOf(m.userId);
  if (id) return id;
  const anonymousId = idOf(m.anonymousId);
  const linked = anonymousId ? await linkedUser(tx, anonymousId) : undefined;
  if (linked) return linked;
  const email = normaliseEmail(emailOf(m));
  return email ? userIdByEmail(tx, email) : undefined;
}

async function identify(tx: Sql, m: SegmentMessage, receivedAt: string): Promise<boolean> {
  const id = await resolveUser(tx, m);
  if (!id) return false;
  const base = (await getEntity(tx, 'user', id)) ?? { id };
  const user = userFromTraits(base, m.traits ?? {}, timeOf(m, receivedAt));
  const email = normaliseEmail(user.email as string | undefined);
  // An email that already names another user stays with that user.
  if (email) {
    const owner = await userIdByEmail(tx, email);
    if (owner && owner !== id) user.email = base.email;
  }
  const parsed = entitySchemas.user.safeParse(user);
  if (!parsed.success) return false;
  await writeEntities(tx, 'user', [parsed.data as unknown as Row]);
  return true;
}

async function group(tx: Sql, m: SegmentMessage, receivedAt: string): Promise<boolean> {
  const groupId = m.groupId === null || m.groupId === undefined ? '' : String(m.groupId).trim();
  if (!groupId) return false;
  const base = (await getEntity(tx, 'account', groupId)) ?? {};
  const parsed = entitySchemas.account.safeParse(accountFromTraits(base, groupId, m.traits ?? {}));
  if (!parsed.success) return false;
  await writeEntities(tx, 'account', [parsed.data as unknown as Row]);
  const userId = await resolveUser(tx, m);
  if (userId) {
    const user = (await getEntity(tx, 'user', userId)) ?? {
      id: userId,
      createdAt: timeOf(m, receivedAt),
    };
    await writeEntities(tx, 'user', [{ ...user, accountId: groupId }]);
  }
  return true;
}
