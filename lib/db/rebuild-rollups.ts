import Dexie from 'dexie';
import { rollupEvents } from '../domain/rollups';
import type { ActivityEvent } from '../domain/types';
import { getDb } from './database';
import { META } from './meta';

/** Events read per chunk: bounded memory whatever the workspace size. */
const CHUNK = 20_000;

/**
 * The end of a catch-up sync: every rollup derived again from the stored events in one pass
 * over the `[userId+ts]` index, a chunk of whole users at a time, each chunk's rollups written
 * with one bulkPut while the next chunk is read. Clears `rollupsStale` last, so a worker stopped
 * half-way rebuilds from the start on its next run. Rows of a "day"-granularity feed survive
 * only in a workspace without raw events (as when the zone changes).
 */
export async function rebuildRollups(signal?: AbortSignal): Promise<void> {
  const db = getDb();
  const zone = (await db.workspace.toCollection().first())?.timezone ?? 'UTC';
  if ((await db.events.limit(1).primaryKeys()).length > 0) {
    await db.activityDays.clear();
    let write: Promise<unknown> = Promise.resolve();
    for (let start: string | undefined; ; ) {
      signal?.throwIfAborted();
      const { events, next } = await readChunk(start);
      await write;
      const rows = rollupEvents(events, zone);
      write = rows.length ? db.activityDays.bulkPut(rows) : Promise.resolve();
      if (next === undefined) break;
      start = next;
    }
    await write;
  }
  await META.rollupsStale.remove();
}

/** Whole users' events from user `start` on; `next` = the first user left for the next chunk. */
async function readChunk(
  start: string | undefined,
): Promise<{ events: ActivityEvent[]; next: string | undefined }> {
  const db = getDb();
  const index = db.events.where('[userId+ts]');
  const range = start === undefined ? index.above([Dexie.minKey]) : index.aboveOrEqual([start]);
  const events = await range.limit(CHUNK).toArray();
  if (events.length < CHUNK) return { events, next: undefined };
  // The last user may continue past the chunk: leave them whole for the next one.
  const last = (events[events.length - 1] as ActivityEvent).userId;
  const whole = events.filter((e) => e.userId !== last);
  if (whole.length > 0) return { events: whole, next: last };
  // One user fills the chunk: read all of theirs, continue after them.
  const theirs = await index.between([last, Dexie.minKey], [last, Dexie.maxKey]).toArray();
  return { events: theirs, next: `${last}\u0000` };
}
