import type { EntityType } from '@/lib/protocol/schemas';

// The in-memory workspace behind tests/support/sync-server.ts: current entities plus the
// change feed (every upsert/delete appended, the feed index is the cursor).

/** Every entity type of the protocol. */
export type WireType = EntityType;

export type WireChange =
  | { type: string; op: 'upsert'; data: Record<string, unknown> }
  | { type: string; op: 'delete'; id: string }
  | Record<string, unknown>;

export const entityId = (type: string, data: Record<string, unknown>): string =>
  type === 'activityDay' ? `${data.userId}/${data.day}` : String(data.id);

export class SyncServerState {
  /** Current entities by type, then id. */
  readonly entities = new Map<string, Map<string, Record<string, unknown>>>();
  /** The change feed; a cursor is a position in it. */
  readonly feed: WireChange[] = [];
  /** Bumped by expireCursors(): cursors from an older epoch get 410. */
  epoch = 1;

  upsert(type: WireType, data: Record<string, unknown>): void {
    const id = entityId(type, data);
    const table = this.entities.get(type) ?? new Map();
    this.entities.set(type, table);
    table.set(id, structuredClone(data));
    this.feed.push({ type, op: 'upsert', data: structuredClone(data) });
  }

  remove(type: WireType, id: string): boolean {
    const existed = this.entities.get(type)?.delete(id) ?? false;
    this.feed.push({ type, op: 'delete', id });
    return existed;
  }

  /** Appends a change as-is to the feed (e.g. an invalid record); state is not touched. */
  appendRaw(change: unknown): void {
    this.feed.push(change as WireChange);
  }

  get(type: WireType, id: string): Record<string, unknown> | undefined {
    return this.entities.get(type)?.get(id);
  }

  list(type: WireType): Record<string, unknown>[] {
    return [...(this.entities.get(type)?.values() ?? [])].sort((a, b) =>
      entityId(type, a) < entityId(type, b) ? -1 : 1,
    );
  }

  /** Cursors handed out so far become invalid (the next pull with one gets 410). */
  expireCursors(): void {
    this.epoch += 1;
  }

  /** Compacts the feed to the current state (as a server would after expiring cursors). */
  compact(): void {
    this.feed.length = 0;
    for (const [type, table] of this.entities)
      for (const data of table.values()) this.feed.push({ type, op: 'upsert', data });
  }

  cursorAt(index: number): string {
    return Buffer.from(JSON.stringify({ e: this.epoch, i: index })).toString('base64url');
  }

  /** The feed position of a cursor; 'gone' when from an older epoch, undefined when unreadable. */
  positionOf(cursor: string): number | 'gone' | undefined {
    try {
      const { e, i } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as {
        e: number;
        i: number;
      };
      if (e !== this.epoch) return 'gone';
      return Number.isInteger(i) && i >= 0 && i <= this.feed.length ? i : undefined;
    } catch {
      return undefined;
    }
  }
}
