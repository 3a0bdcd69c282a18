import type { Role } from '../domain/types';
import { localWrite, recordLocalWrite } from './local-write';

export type DeleteResult = { ok: true } | { ok: false; reason: string };
export interface TaxonomyInput {
  id?: string;
  name: string;
  description?: string;
}

type Kind = 'role' | 'persona';
const TABLE = { role: 'roles', persona: 'personas' } as const;
const FIELD = { role: 'roleId', persona: 'personaId' } as const;

function save(kind: Kind, input: TaxonomyInput): Promise<Role> {
  return localWrite(TABLE[kind], async (db) => {
    const item: Role = {
      id: input.id ?? crypto.randomUUID(),
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
    };
    await recordLocalWrite(db, TABLE[kind], item.id, {
      kind: `${kind}.put`,
      method: 'PUT',
      path: `/v1/${TABLE[kind]}/${encodeURIComponent(item.id)}`,
      body: item,
    });
    await db[TABLE[kind]].put(item);
    return item;
  });
}

function remove(kind: Kind, id: string): Promise<DeleteResult> {
  return localWrite(TABLE[kind], async (db): Promise<DeleteResult> => {
    const holders = await db.users.where(FIELD[kind]).equals(id).count();
    if (holders > 0) {
      const who = holders === 1 ? '1 user has' : `${holders} users have`;
      return {
        ok: false,
        reason: `Can't delete this ${kind}: ${who} it. Change their ${kind} first.`,
      };
    }
    await recordLocalWrite(db, TABLE[kind], id, {
      kind: `${kind}.delete`,
      method: 'DELETE',
      path: `/v1/${TABLE[kind]}/${encodeURIComponent(id)}`,
    });
    await db[TABLE[kind]].delete(id);
    return { ok: true };
  }).catch((e: unknown) => ({ ok: false, reason: e instanceof Error ? e.message : String(e) }));
}

export const saveRole = (r: TaxonomyInput) => save('role', r);
export const deleteRole = (id: string) => remove('role', id);
export const savePersona = (p: TaxonomyInput) => save('persona', p);
export const deletePersona = (id: string) => remove('persona', id);
