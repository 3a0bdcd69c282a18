import type { WhoAmI } from '../protocol/schemas';
import type { WireChange } from '../protocol/wire-change';
import { DEMO_WORKSPACE_ID, DEMO_WORKSPACE_NAME } from './demo/catalog';
import { type DemoCursor, decodeDemoCursor, encodeDemoCursor } from './demo/cursor';
import { shiftDay, utcDayOf } from './demo/days';
import { buildDemoFeed, demoEvents } from './demo/feed';
import { acceptLocally, pullWithLedger } from './demo/local-echo';
import { type ChangePage, type Source, SourceError } from './source';

export { DEMO_WORKSPACE_ID, DEMO_WORKSPACE_NAME } from './demo/catalog';
export { DEMO_PEOPLE, DEMO_SAMPLE_PEOPLE, type DemoSamplePerson } from './demo/sample-people';

export const DEMO_WHOAMI: WhoAmI = {
  workspace: { id: DEMO_WORKSPACE_ID, name: DEMO_WORKSPACE_NAME },
  user: { name: 'Demo User', email: 'demo@example.com' },
};

/** A top-up after a long absence is split so no page of work grows without bound. */
const TOPUP_MAX_DAYS = 31;
const MAX_LIMIT = 5000;

export interface DemoSourceOptions {
  /** The clock (tests inject one); the first pull's UTC day becomes the anchor day. */
  now?: () => Date;
}

let cached: { key: string; batch: WireChange[] } | undefined;

function batchOf(c: DemoCursor): WireChange[] {
  const key = `${c.anchor}|${c.from ?? ''}|${c.through}`;
  if (cached?.key !== key) {
    const batch: WireChange[] = c.from
      ? demoEvents(c.from, c.through, c.anchor).map((data) => ({
          type: 'event',
          op: 'upsert',
          data,
        }))
      : buildDemoFeed(c.anchor);
    cached = { key, batch };
  }
  return cached.batch;
}

/**
 * The built-in demo workspace: a deterministic workspace generated on the device, served as
 * a change feed like any server. The anchor day (first sync) travels in the cursor, so the
 * same install always sees the same data; days that pass later are topped up with the
 * activity of those days. Pushes are accepted locally and echoed in the next pull.
 */
export function createDemoSource(opts: DemoSourceOptions = {}): Source {
  const now = opts.now ?? (() => new Date());
  return {
    kind: 'demo',
    pull: (cursor, limit) =>
      pullWithLedger('demo', cursor, limit, (inner) => pullDemo(inner, limit)),
    push: (item) => acceptLocally('demo', item),
    whoami: async () => DEMO_WHOAMI,
  };

  async function pullDemo(cursor: string | undefined, limit: number): Promise<ChangePage> {
    const today = utcDayOf(now());
    const yesterday = shiftDay(today, -1);
    let state: DemoCursor | undefined = cursor
      ? decodeDemoCursor(cursor)
      : { anchor: today, through: yesterday, offset: 0 };
    if (!state) throw new SourceError('gone', 'The demo workspace was updated; loading it again.');
    let batch = batchOf(state);
    if (state.offset >= batch.length && yesterday > state.through) {
      const from = shiftDay(state.through, 1);
      const last = shiftDay(from, TOPUP_MAX_DAYS - 1);
      state = {
        anchor: state.anchor,
        from,
        through: last.localeCompare(yesterday) < 0 ? last : yesterday,
        offset: 0,
      };
      batch = batchOf(state);
    }
    const size = Math.max(1, Math.min(limit || MAX_LIMIT, MAX_LIMIT));
    const changes = batch.slice(state.offset, state.offset + size);
    const offset = state.offset + changes.length;
    return {
      cursor: encodeDemoCursor({ ...state, offset }),
      hasMore: offset < batch.length || yesterday > state.through,
      changes,
    };
  }
}
