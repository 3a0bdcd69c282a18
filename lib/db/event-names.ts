import { META } from './meta';

/**
 * Adds names to the kept list of event names (META.eventNames), inside the caller's
 * transaction. A database synced before the list was kept has none, and a page alone cannot
 * tell what else is stored: that is readEventNames' one scan, unless `fromEmpty` says the page
 * is part of a sync from no cursor (everything stored comes through such pages). While that
 * scan runs, the names go aside (META.eventNamesDuringScan) for the scan to add: it may have
 * read past the page's rows already. Answers the list as kept now (undefined: none is kept).
 */
export async function keepEventNames(
  names: Iterable<string>,
  fromEmpty: boolean,
): Promise<string[] | undefined> {
  const kept = await META.eventNames.get();
  if (!kept && !fromEmpty) {
    const aside = await META.eventNamesDuringScan.get();
    if (aside) await META.eventNamesDuringScan.set(union(aside, names));
    return undefined;
  }
  const all = union(kept ?? [], names);
  if (kept && all.length === kept.length) return kept;
  await META.eventNames.set(all);
  return all;
}

function union(a: readonly string[], b: Iterable<string>): string[] {
  const all = new Set(a);
  for (const n of b) all.add(n);
  return all.size === a.length ? [...a] : [...all].sort((x, y) => x.localeCompare(y));
}
