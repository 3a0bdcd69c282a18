import type { Day } from '../../domain/types';
import { isDay } from './days';

/**
 * Where the demo feed stands. `from` absent = the initial feed (the whole workspace with
 * activity through the day before the anchor); `from`/`through` = a top-up batch holding
 * only the events of days that passed since.
 */
export interface DemoCursor {
  anchor: Day;
  from?: Day;
  through: Day;
  offset: number;
}

// Bump when the generator changes so existing installs get a clean resync (410-like).
const VERSION = 'demo1';

export function encodeDemoCursor(c: DemoCursor): string {
  return [VERSION, c.anchor, c.from ?? '', c.through, c.offset].join(':');
}

/** The cursor, or undefined when it is not one of ours (or from an older generator). */
export function decodeDemoCursor(raw: string): DemoCursor | undefined {
  const [version, anchor, from, through, offset, ...rest] = raw.split(':');
  if (version !== VERSION || rest.length > 0 || !anchor || !through || offset === undefined)
    return undefined;
  if (!isDay(anchor) || !isDay(through) || (from !== '' && !isDay(from ?? ''))) return undefined;
  if (!/^\d+$/.test(offset)) return undefined;
  return { anchor, ...(from ? { from } : {}), through, offset: Number(offset) };
}
