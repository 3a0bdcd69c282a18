import { rollupEvents } from '../../domain/rollups';
import type { ActivityEvent } from '../../domain/types';
import type { Sql } from '../db/driver';
import { type Row, writeEntities } from './changes';

// Switching a workspace's activity granularity converts what the feed serves, for all history:
// to "day", the rollups of every stored event replace the events in the feed; back to "event",
// the events replace the rollups. Stored events are never dropped (they are the source of both).
// Every cursor handed out before the switch then answers 410, so each client resyncs once and
// never holds events and rollups of the same activity side by side.

/** Users per rollup pass: bounds memory on a workspace of millions of events. */
const USERS_PER_PASS = 500;

export async function convertGranularity(
  tx: Sql,
  to: 'event' | 'day',
  timeZone: string,
): Promise<void> {
  // Rollups are rebuilt from the events either way: none may outlive the switch.
  await tx.query(`DELETE FROM changes WHERE type IN ('activityDay', 'event')`);
  await tx.query(`DELETE FROM entities WHERE type = 'activityDay'`);
  if (to === 'event')
    await tx.query(
      `INSERT INTO changes (type, entity_id, op, data)
       SELECT 'event', id, 'upsert', data FROM entities WHERE type = 'event'
        ORDER BY data->>'ts', id`,
    );
  else await rollUpAllEvents(tx, timeZone);
  await expireEveryCursor(tx);
}

async function rollUpAllEvents(tx: Sql, timeZone: string): Promise<void> {
  const users = (
    await tx.query<{ user_id: string }>(
      `SELECT DISTINCT data->>'userId' AS user_id FROM entities WHERE type = 'event' ORDER BY 1`,
    )
  ).map((r) => r.user_id);
  for (let i = 0; i < users.length; i += USERS_PER_PASS) {
    const events = await tx.query<{ data: ActivityEvent }>(
      `SELECT data FROM entities WHERE type = 'event' AND data->>'userId' = ANY($1::text[])`,
      [users.slice(i, i + USERS_PER_PASS)],
    );
    const days = rollupEvents(
      events.map((r) => r.data),
      timeZone,
    );
    await writeEntities(tx, 'activityDay', days as unknown as Row[]);
  }
}

/** Moves the purge horizon to the feed's end: every earlier cursor gets 410 (lib/server/store/feed.ts). */
async function expireEveryCursor(tx: Sql): Promise<void> {
  await tx.query(
    `INSERT INTO meta (key, value) SELECT 'horizon', coalesce(max(seq), 0)::text FROM changes
     ON CONFLICT (key) DO UPDATE SET value = GREATEST(meta.value::bigint, excluded.value::bigint)::text`,
  );
}
