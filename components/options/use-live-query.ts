import { liveQuery } from 'dexie';
import { type DependencyList, useEffect, useState } from 'react';

export interface LiveResult<T> {
  data: T | undefined;
  error: string | undefined;
}

/**
 * Reads IndexedDB and re-reads whenever a committed write touches what the query read — in this
 * page or in the background worker (Dexie relays changes between contexts). No polling.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ data: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (data) => setResult({ data, error: undefined }),
      error: (e: unknown) =>
        setResult((r) => ({ data: r.data, error: e instanceof Error ? e.message : String(e) })),
    });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the query reads
  }, deps);
  return result;
}
