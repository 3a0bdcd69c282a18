import type { ActivityEvent } from '../../domain/types';
import type { Sql } from '../db/driver';

// Segment identity: a visitor's events carry only an anonymousId until an identify (or an
// alias) names the userId behind it. Those events are kept aside, out of the feed (the panel
// has no person to show them on), and join that user's events the moment the link arrives.
// A link is made once: a later identify naming the same anonymousId with another userId does
// not move events already attached.

/** The user an anonymousId is linked to, if any. */
export async function linkedUser(tx: Sql, anonymousId: string): Promise<string | undefined> {
  const rows = await tx.query<{ user_id: string }>(
    'SELECT user_id FROM anonymous_ids WHERE anonymous_id = $1',
    [anonymousId],
  );
  return rows[0]?.user_id;
}

/** Keeps an event of an unlinked anonymousId (once per event id). */
export async function holdEvent(
  tx: Sql,
  anonymousId: string,
  event: Omit<ActivityEvent, 'userId'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO anonymous_events (event_id, anonymous_id, data) VALUES ($1, $2, $3::text::jsonb)
     ON CONFLICT (event_id) DO NOTHING`,
    [event.id, anonymousId, JSON.stringify(event)],
  );
}

/**
 * Links an anonymousId to a user (the first link stands) and hands back the events it held,
 * now the linked user's, for the caller to store in the same transaction.
 */
export async function linkAnonymous(
  tx: Sql,
  anonymousId: string,
  userId: string,
): Promise<ActivityEvent[]> {
  await tx.query(
    'INSERT INTO anonymous_ids (anonymous_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [anonymousId, userId],
  );
  const owner = (await linkedUser(tx, anonymousId)) ?? userId;
  const held = await tx.query<{ data: Omit<ActivityEvent, 'userId'> }>(
    'DELETE FROM anonymous_events WHERE anonymous_id = $1 RETURNING data',
    [anonymousId],
  );
  return held.map((r) => ({ ...r.data, userId: owner }));
}
