import { addDays, today } from './time';
import type { ActivityDay, Definitions } from './types';

export interface TopItem {
  name: string;
  count: number;
}

interface TopOptions {
  days?: number;
  limit?: number;
}

/** The most used features of the last `days` days (default 14) up to today: count desc, then
 * name asc, at most `limit` (default 10). */
export function topFeatures(
  rollups: ActivityDay[],
  defs: Definitions,
  now: Date,
  opts?: TopOptions,
): TopItem[] {
  return topOf(rollups, defs, now, opts, (r) => r.features);
}

/** The most used modules, same rules as topFeatures. */
export function topModules(
  rollups: ActivityDay[],
  defs: Definitions,
  now: Date,
  opts?: TopOptions,
): TopItem[] {
  return topOf(rollups, defs, now, opts, (r) => r.modules);
}

function topOf(
  rollups: ActivityDay[],
  defs: Definitions,
  now: Date,
  opts: TopOptions | undefined,
  pick: (r: ActivityDay) => Record<string, number> | undefined,
): TopItem[] {
  const end = today(now, defs.timezone);
  const after = addDays(end, -(opts?.days ?? 14));
  const totals = new Map<string, number>();
  for (const r of rollups) {
    if (r.day <= after || r.day > end) continue;
    for (const [name, n] of Object.entries(pick(r) ?? {})) {
      totals.set(name, (totals.get(name) ?? 0) + n);
    }
  }
  return [...totals]
    .filter(([, count]) => count > 0)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, opts?.limit ?? 10);
}
