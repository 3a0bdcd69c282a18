import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import { getDefinitions } from '../db/definitions-store';
import type { Day } from '../domain/types';
import type { TableMeta } from '../query/dexie-query-bridge';

const meta = (...tables: string[]): TableMeta => ({ tables });

/** The synced workspace (one row), or null before the first sync. */
export const workspaceQuery = () =>
  queryOptions({
    queryKey: ['workspace'],
    queryFn: async () => (await getDb().workspace.toCollection().first()) ?? null,
    meta: meta('workspace'),
  });

/** The rules in force: workspace values with local overrides (from lib/db). */
export const definitionsQuery = () =>
  queryOptions({
    queryKey: ['definitions'],
    queryFn: () => getDefinitions(),
    meta: meta('workspace', 'meta'),
  });

/** Per-day workspace power thresholds in [from, to], as the map the domain functions take. */
export const thresholdsQuery = (from: Day, to: Day) =>
  queryOptions({
    queryKey: ['thresholds', from, to],
    queryFn: async () => {
      const rows = await getDb().thresholds.where('day').between(from, to, true, true).toArray();
      return new Map(
        rows.map((r) => [r.day, { threshold: r.threshold, activeUsers: r.activeUsers }]),
      );
    },
    meta: meta('thresholds'),
  });

export const rolesQuery = () =>
  queryOptions({
    queryKey: ['roles'],
    queryFn: async () =>
      (await getDb().roles.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    meta: meta('roles'),
  });

export const personasQuery = () =>
  queryOptions({
    queryKey: ['personas'],
    queryFn: async () =>
      (await getDb().personas.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    meta: meta('personas'),
  });

export const cadencesQuery = () =>
  queryOptions({
    queryKey: ['cadences'],
    queryFn: async () =>
      (await getDb().cadences.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    meta: meta('cadences'),
  });
