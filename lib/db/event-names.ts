import { META } from './meta';

/**
 * Adds names to the kept list of event names (META.eventNames), inside the caller's
 * transaction. A database synced before the list was kept has none, and a page alone cannot
 * tell what else is stored: it is left to readEventNames' one scan, unless `fromEmpty` says
 * the page is part of a sync from no cursor (everything stored comes through such pages).
 * Answers the list as kept now (undefined: none is kept).
 */
export async function keepEventNames(
  names: Iterable<string>,
  fromEmpty: boolean,
): Promise<string[] | undefined> {
  const kept = await META.eventNames.get();
  if (!kept && !fromEmpty) return undefined;
  const all = new Set(kept);
  for (const n of names) all.add(n);
  if (kept && all.size === kept.length) return kept;
  const sorted = [...all].sort((a, b) => a.localeCompare(b));
  await META.eventNames.set(sorted);
  return sorted;
}
