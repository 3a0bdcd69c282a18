import { getDb } from '@/lib/db/database';

// Tests seed and inspect meta rows directly, by key or by their META item; the extension
// itself reads and writes them only through the typed items of lib/db/meta.ts.

type Key = string | { readonly key: string };
const keyOf = (k: Key) => (typeof k === 'string' ? k : k.key);

export async function getMeta<T = unknown>(key: Key): Promise<T | undefined> {
  return (await getDb().meta.get(keyOf(key)))?.value as T | undefined;
}

export async function setMeta(key: Key, value: unknown): Promise<void> {
  await getDb().meta.put({ key: keyOf(key), value });
}

export async function deleteMeta(key: Key): Promise<void> {
  await getDb().meta.delete(keyOf(key));
}
