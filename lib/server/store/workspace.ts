import type { Workspace } from '../../domain/types';
import { entitySchemas } from '../../sync/schemas';
import type { Sql } from '../db/driver';
import { deleteEntity, getEntity, lockFeed, type Row, writeEntities } from './changes';

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
  const current = (await readWorkspace(tx))?.raw;
  const next = { ...(current ?? {}), ...patch };
  entitySchemas.workspace.parse(next);
  await lockFeed(tx);
  if (current && current.id !== next.id) await deleteEntity(tx, 'workspace', String(current.id));
  await writeEntities(tx, 'workspace', [next]);
  return (await getEntity(tx, 'workspace', String(next.id))) ?? next;
}
