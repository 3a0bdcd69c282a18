import type { ChangePage, Source } from '@/lib/sync/source';

/** Pulls a source from `cursor` until hasMore is false; returns every page. */
export async function pullAll(
  source: Source,
  limit = 5000,
  cursor?: string,
): Promise<{ pages: ChangePage[]; changes: unknown[]; cursor: string | undefined }> {
  const pages: ChangePage[] = [];
  let next = cursor;
  for (let i = 0; i < 1000; i++) {
    const page = await source.pull(next, limit);
    pages.push(page);
    next = page.cursor;
    if (!page.hasMore) return { pages, changes: pages.flatMap((p) => p.changes), cursor: next };
  }
  throw new Error('the source never said hasMore=false');
}

export const clockAt = (iso: string) => {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next: string) => {
      now = new Date(next);
    },
  };
};

export interface RawChange {
  type: string;
  op: 'upsert' | 'delete';
  data?: Record<string, unknown>;
  id?: string;
}

export const upserts = (changes: unknown[], type: string) =>
  (changes as RawChange[])
    .filter((c) => c.type === type && c.op === 'upsert')
    .map((c) => c.data as Record<string, unknown>);
