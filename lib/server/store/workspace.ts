import type { Workspace } from '../../domain/types';
import { entitySchemas } from '../../protocol/schemas';
import type { Sql } from '../db/driver';
import { deleteEntity, getEntity, lockFeed, type Row, writeEntities } from './changes';
import { convertGranularity } from './granularity';

// The one workspace this server holds. Its settings travel in the feed like any entity.

export async function readWorkspace(db: Sql): Promise<{ raw: Row; parsed: Workspace } | undefined> {
  const rows = await db.query<{ data: Row }>(
    `SELECT data FROM entities WHERE type = 'workspace' ORDER BY id LIMIT 1`,
  );
  const raw = rows[0]?.data;
  if (!raw) return undefined;
  const parsed = entitySchemas.workspace.safeParse(raw);
  return parsed.success ? { raw, parsed: parsed.data } : undefined;
}

/** The workspace a fresh database starts with (WORKSPACE_NAME names it). */
export const defaultWorkspace = (): Row => ({
  id: 'workspace',
  name: process.env.WORKSPACE_NAME ?? 'My workspace',
});

/** Creates the workspace on first start; an existing one is left as it is. */
export async function ensureWorkspace(
  db: { transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> },
  initial: Row,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (await readWorkspace(tx)) return;
    await lockFeed(tx);
    await writeEntities(tx, 'workspace', [initial]);
  });
}

/** Changes workspace settings (merged into the stored ones, validated as the client would). */
export async function updateWorkspace(tx: Sql, patch: Row): Promise<Row> {
  const stored = await readWorkspace(tx);
  const current = stored?.raw;
  const next = { ...(current ?? {}), ...patch };
  const parsed = entitySchemas.workspace.parse(next);
  await lockFeed(tx);
  if (current && current.id !== next.id) await deleteEntity(tx, 'workspace', String(current.id));
  const before = stored?.parsed.activityGranularity ?? 'event';
  const after = parsed.activityGranularity ?? 'event';
  // A new time zone moves day boundaries: "day" rollups are rebuilt for it too.
  const zoneMoved = after === 'day' && stored?.parsed.timezone !== parsed.timezone;
  if (before !== after || zoneMoved) await convertGranularity(tx, after, parsed.timezone ?? 'UTC');
  await writeEntities(tx, 'workspace', [next]);
  return (await getEntity(tx, 'workspace', String(next.id))) ?? next;
}
