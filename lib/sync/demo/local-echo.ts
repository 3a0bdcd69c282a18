import { getDb } from '../../db/database';
import type { OutboxItem } from '../../db/records';
import type { PushResult } from '../source';
import { upsert, type WireChange } from './change';

// The demo and CSV sources have no server: a push is accepted on the spot and echoed back in
// the next pull, as a real server would, so the local copy converges on the same state.
// Echoes live in memory: if the worker stops before the next pull, nothing is lost, because
// the local tables already hold the edit that was pushed.

const queues = new Map<string, WireChange[]>();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

async function echoOf(item: OutboxItem): Promise<WireChange | string> {
  const [entity, action] = item.kind.split('.') as [string, string];
  if (action === 'delete') return { type: entity, op: 'delete', id: item.entityId };
  if (!isObject(item.body)) return 'The change has no content to save.';
  switch (item.kind) {
    case 'enrollment.put':
      return upsert('enrollment', { status: 'active', ...item.body });
    case 'user.patch': {
      // A PATCH answers with the whole user: the local row already carries this edit.
      const stored = await getDb().users.get(item.entityId);
      if (!stored) return 'This user is no longer in the workspace.';
      const { emailKey: _e, crmKeys: _c, searchKeys: _s, ...user } = stored;
      return upsert('user', user);
    }
    default:
      return upsert(entity, item.body);
  }
}

/** Accepts a push locally and queues its echo for the source's next pull. */
export async function acceptLocally(sourceKey: string, item: OutboxItem): Promise<PushResult> {
  const echo = await echoOf(item);
  if (typeof echo === 'string') return { ok: false, permanent: true, message: echo };
  const queue = queues.get(sourceKey) ?? [];
  queue.push(echo);
  queues.set(sourceKey, queue);
  return { ok: true, body: echo.op === 'upsert' ? echo.data : undefined };
}

/** Removes and returns up to `max` queued echoes. */
export function takeEchoes(sourceKey: string, max: number): WireChange[] {
  const queue = queues.get(sourceKey) ?? [];
  const taken = queue.splice(0, Math.max(0, max));
  return taken;
}

export function hasEchoes(sourceKey: string): boolean {
  return (queues.get(sourceKey)?.length ?? 0) > 0;
}

/** For tests and source switches: forget queued echoes. */
export function clearEchoes(sourceKey?: string): void {
  if (sourceKey === undefined) queues.clear();
  else queues.delete(sourceKey);
}
