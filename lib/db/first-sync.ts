import { META } from './meta';

/**
 * True once the derived data (rollups, thresholds, user types) has been worked out after a
 * full pull: the derived day is written only at the end of a sync run's derived update, and
 * forgotten whenever the synced data is reset (a new source, a 410). Before that, nothing the
 * panel or the badge could say about a person's type or usage is known yet.
 */
export async function isDerivedReady(): Promise<boolean> {
  return (await META.derivedDay.get()) !== undefined;
}
