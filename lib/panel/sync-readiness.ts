import { isDerivedReady } from '../db/first-sync';
import { META } from '../db/meta';
import { dexieQuery } from '../query/dexie-query';

/** Whether the panel may state verdicts yet, and how far the first sync has come. */
export interface SyncReadiness {
  /** The first full sync has finished and user types are derived. */
  ready: boolean;
  /** A sync run is going on now. */
  syncing: boolean;
  /** Records pulled so far in the current run. */
  pulled: number;
  /** The run's total when the source knows it. */
  total?: number;
}

export const syncReadinessQuery = () =>
  dexieQuery({
    key: ['meta', 'readiness'],
    tables: ['meta'],
    fn: async (): Promise<SyncReadiness> => {
      const [ready, status] = await Promise.all([isDerivedReady(), META.syncStatus.get()]);
      return {
        ready,
        syncing: status?.phase === 'syncing',
        pulled: status?.pulled ?? 0,
        ...(status?.total ? { total: status.total } : {}),
      };
    },
  });
