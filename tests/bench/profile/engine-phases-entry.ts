import { applyPage } from '@/lib/db/apply-page';
import { setDb, UserPageDB } from '@/lib/db/database';
import { recomputeDerived } from '@/lib/db/derived';
import { rebuildRollups } from '@/lib/db/rebuild-rollups';
import { envelopeSchema } from '@/lib/protocol/schemas';
import { createHttpSource } from '@/lib/sync/http-source';

// Profiling aid, bundled by engine-probe.ts: the steps runSync takes for an initial sync
// (pull, envelope check, applyPage per page in catch-up mode, then rebuildRollups and
// recomputeDerived once), each timed, on a
// database of its own. It calls the engine's own functions; it is not a second engine.

export interface PhaseTimes {
  pages: number;
  records: number;
  pullMs: number;
  envelopeMs: number;
  applyMs: number;
  applyFirstPagesMs: number;
  applyEventPagesMs: number;
  rebuildMs: number;
  derivedMs: number;
  totalMs: number;
}

async function phases(args: {
  baseUrl: string;
  token: string;
  dbName: string;
}): Promise<PhaseTimes> {
  await UserPageDB.delete(args.dbName);
  setDb(new UserPageDB(args.dbName));
  const source = createHttpSource({ baseUrl: args.baseUrl, token: args.token });
  const t: PhaseTimes = {
    pages: 0,
    records: 0,
    pullMs: 0,
    envelopeMs: 0,
    applyMs: 0,
    applyFirstPagesMs: 0,
    applyEventPagesMs: 0,
    rebuildMs: 0,
    derivedMs: 0,
    totalMs: 0,
  };
  const start = performance.now();
  let cursor: string | undefined;
  for (;;) {
    const t0 = performance.now();
    const raw = await source.pull(cursor, 5000);
    const t1 = performance.now();
    const page = envelopeSchema.parse(raw);
    const t2 = performance.now();
    await applyPage(page, new Date(), undefined, { catchUp: true });
    const t3 = performance.now();
    t.pullMs += t1 - t0;
    t.envelopeMs += t2 - t1;
    t.applyMs += t3 - t2;
    const hasEvents = page.changes.some((c) => (c as { type?: string }).type === 'event');
    const hasOthers = page.changes.some((c) => (c as { type?: string }).type !== 'event');
    if (hasEvents && !hasOthers) t.applyEventPagesMs += t3 - t2;
    else t.applyFirstPagesMs += t3 - t2;
    t.pages += 1;
    t.records += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const t4 = performance.now();
  await rebuildRollups();
  const t5 = performance.now();
  await recomputeDerived();
  t.rebuildMs = t5 - t4;
  t.derivedMs = performance.now() - t5;
  t.totalMs = performance.now() - start;
  return t;
}

(globalThis as { __benchPhases?: typeof phases }).__benchPhases = phases;
