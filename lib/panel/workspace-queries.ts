import { getDb } from '../db/database';
import { getDefinitions } from '../db/definitions-store';
import type { Day } from '../domain/types';
import { dexieQuery } from '../query/dexie-query';

/** The synced workspace (one row), or null before the first sync. */
export const workspaceQuery = () =>
  dexieQuery({
    key: ['workspace'],
    tables: ['workspace'],
    fn: async () => (await getDb().workspace.toCollection().first()) ?? null,
  });

/** The rules in force: workspace values with local overrides (from lib/db). */
export const definitionsQuery = () =>
  dexieQuery({
    key: ['definitions'],
    tables: ['workspace', 'meta'],
    fn: () => getDefinitions(),
  });

/** Per-day workspace power thresholds in [from, to], as the map the domain functions take. */
export const thresholdsQuery = (from: Day, to: Day) =>
  dexieQuery({
    key: ['thresholds', from, to],
    tables: ['thresholds'],
    fn: async () => {
      const rows = await getDb().thresholds.where('day').between(from, to, true, true).toArray();
      return new Map(
        rows.map((r) => [r.day, { threshold: r.threshold, activeUsers: r.activeUsers }]),
      );
    },
  });

export const rolesQuery = () =>
  dexieQuery({
    key: ['roles'],
    tables: ['roles'],
    fn: async () => (await getDb().roles.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
  });

export const personasQuery = () =>
  dexieQuery({
    key: ['personas'],
    tables: ['personas'],
    fn: async () => (await getDb().personas.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
  });

export const cadencesQuery = () =>
  dexieQuery({
    key: ['cadences'],
    tables: ['cadences'],
    fn: async () => (await getDb().cadences.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
  });
