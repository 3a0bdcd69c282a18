import { z } from 'zod';
import {
  describeIssue,
  type EntityOf,
  type EntityType,
  entitySchemas,
  NOT_STORED_TYPES,
} from './schemas';

/** A validated change of one entity type. */
export type ChangeOf<T extends EntityType> =
  | { type: T; op: 'upsert'; data: EntityOf<T> }
  | { type: T; op: 'delete'; id: string };

/** A validated change, ready to apply. */
export type Change = { [T in EntityType]: ChangeOf<T> }[EntityType];

export type ParsedChange =
  | { ok: true; change: Change }
  | { ok: false; type: string; entityId?: string; reason: string };

const shape = z.object({
  type: z.string(),
  op: z.enum(['upsert', 'delete']),
  data: z.unknown().optional(),
  id: z.unknown().optional(),
});

const isEntityType = (t: string): t is EntityType => Object.hasOwn(entitySchemas, t);

function entityIdOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const rec = data as Record<string, unknown>;
  if (typeof rec.id === 'string') return rec.id;
  if (typeof rec.userId === 'string' && typeof rec.day === 'string')
    return `${rec.userId}/${rec.day}`;
  return undefined;
}

/** Validates one change of a page; a bad one is reported, never thrown. */
export function parseChange(raw: unknown): ParsedChange {
  const base = shape.safeParse(raw);
  if (!base.success)
    return { ok: false, type: 'change', reason: describeIssue('change', base.error) };
  const { type, op } = base.data;
  if (!isEntityType(type)) return { ok: false, type, reason: `unknown entity type "${type}"` };
  if (op === 'delete') {
    const id = base.data.id;
    if (typeof id !== 'string' || id === '')
      return { ok: false, type, reason: `${type} delete without an id` };
    return { ok: true, change: { type, op, id } };
  }
  const parsed = entitySchemas[type].safeParse(base.data.data);
  const entityId = entityIdOf(base.data.data);
  if (!parsed.success)
    return {
      ok: false,
      type,
      ...(entityId ? { entityId } : {}),
      reason: describeIssue(type, parsed.error),
    };
  return { ok: true, change: { type, op, data: parsed.data } as Change };
}

export type Rejection = Omit<Extract<ParsedChange, { ok: false }>, 'ok'>;

/** A change of a type the protocol defines but this client does not keep (tasks, for now). */
const notStored = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  NOT_STORED_TYPES.has(String((raw as { type?: unknown }).type));

/**
 * Validates a page's changes: the valid ones in feed order, and why each other was refused.
 * Changes of protocol types this client does not keep are passed over without a rejection: they
 * are valid, and a user told "1 change skipped" about them could do nothing about it.
 */
export function parseChanges(raw: readonly unknown[]): {
  changes: Change[];
  rejected: Rejection[];
} {
  const changes: Change[] = [];
  const rejected: Rejection[] = [];
  for (const p of raw.filter((r) => !notStored(r)).map(parseChange)) {
    if (p.ok) changes.push(p.change);
    else
      rejected.push({
        type: p.type,
        ...(p.entityId ? { entityId: p.entityId } : {}),
        reason: p.reason,
      });
  }
  return { changes, rejected };
}
