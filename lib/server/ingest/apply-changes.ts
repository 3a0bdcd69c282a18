import type { ActivityEvent } from '../../domain/types';
import { type EntityType, entitySchemas } from '../../protocol/schemas';
import type { WireChange } from '../../protocol/wire-change';
import type { Database } from '../db/driver';
import { deleteEntity, lockFeed, type Row, writeEntities } from '../store/changes';
import { readWorkspace, updateWorkspace } from '../store/workspace';
import { ingestEvents } from './events';

export interface ApplyOutcome {
  written: number;
  invalid: { type: string; reason: string }[];
}

const CHUNK = 5000;

/**
 * Stores wire changes (a seed, an import) through the same writes as the API: validated with
 * the extension's schemas, events through event ingestion (so "day" workspaces get rollups).
 * Committed in chunks of 5000, each one whole; running it again changes nothing.
 */
export async function applyChanges(db: Database, changes: WireChange[]): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { written: 0, invalid: [] };
  const workspaceChange = changes.find((c) => c.type === 'workspace' && c.op === 'upsert');
  if (workspaceChange && workspaceChange.op === 'upsert')
    await db.transaction((tx) => updateWorkspace(tx, workspaceChange.data as Row));
  const rest = changes.filter((c) => c !== workspaceChange);
  for (let i = 0; i < rest.length; i += CHUNK) {
    const chunk = rest.slice(i, i + CHUNK);
    await db.transaction(async (tx) => {
      await lockFeed(tx);
      const workspace = (await readWorkspace(tx))?.parsed;
      if (!workspace) throw new Error('The workspace is not set up.');
      // Runs of one type and op are written together, in order.
      let k = 0;
      while (k < chunk.length) {
        const first = chunk[k] as WireChange;
        let end = k + 1;
        while (end < chunk.length && chunk[end]?.type === first.type && chunk[end]?.op === first.op)
          end++;
        const run = chunk.slice(k, end);
        k = end;
        if (first.op === 'delete') {
          for (const c of run)
            if (c.op === 'delete' && (await deleteEntity(tx, c.type, c.id))) outcome.written++;
          continue;
        }
        if (!Object.hasOwn(entitySchemas, first.type)) {
          outcome.invalid.push({ type: first.type, reason: 'unknown type' });
          continue;
        }
        const schema = entitySchemas[first.type as EntityType];
        const rows: Row[] = [];
        for (const c of run) {
          const parsed = c.op === 'upsert' ? schema.safeParse(c.data) : undefined;
          if (parsed?.success) rows.push(parsed.data as unknown as Row);
          else
            outcome.invalid.push({
              type: first.type,
              reason: parsed?.error.issues[0]?.message ?? 'invalid',
            });
        }
        if (first.type === 'event')
          outcome.written += await ingestEvents(tx, workspace, rows as unknown as ActivityEvent[]);
        else outcome.written += (await writeEntities(tx, first.type, rows)).length;
      }
    });
  }
  return outcome;
}
