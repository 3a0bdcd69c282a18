import { applyPage, mergeBefore, type RollupsBefore } from '@/lib/db/apply-page';
import { setDb, UserPageDB } from '@/lib/db/database';
import { getDefinitions } from '@/lib/db/definitions-store';
import { recomputeDerived } from '@/lib/db/derived';
import { incrementalUpdate } from '@/lib/db/derived-incremental';
import { META } from '@/lib/db/meta';
import { rebuildRollups } from '@/lib/db/rebuild-rollups';
import { recordTypeChanges } from '@/lib/db/type-change-store';
import { statsInBatches } from '@/lib/db/user-stats';
import { envelopeSchema } from '@/lib/protocol/schemas';
import { createHttpSource } from '@/lib/sync/http-source';

// Bundled by incremental-probe.ts: the steps runSync takes, timed, on a database of its own.
// It calls the engine's own functions; it is not a second engine.

interface ProbeArgs {
  baseUrl: string;
  token: string;
  dbName: string;
}
let cursor: string | undefined;
const round = (ms: number) => Math.round(ms);

async function initial(a: ProbeArgs): Promise<void> {
  await UserPageDB.delete(a.dbName);
  setDb(new UserPageDB(a.dbName));
  const source = createHttpSource({ baseUrl: a.baseUrl, token: a.token });
  for (;;) {
    const page = envelopeSchema.parse(await source.pull(cursor, 5000));
    await applyPage(page, new Date(), undefined, { catchUp: true });
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  await rebuildRollups();
  await recomputeDerived();
}

async function incremental(a: ProbeArgs): Promise<Record<string, number>> {
  const source = createHttpSource({ baseUrl: a.baseUrl, token: a.token });
  const users = new Set<string>();
  const days = new Set<string>();
  const before: RollupsBefore = new Map();
  let pullMs = 0;
  let applyMs = 0;
  for (;;) {
    const t0 = performance.now();
    const page = envelopeSchema.parse(await source.pull(cursor, 5000));
    const t1 = performance.now();
    const applied = await applyPage(page, new Date());
    applyMs += performance.now() - t1;
    pullMs += t1 - t0;
    for (const u of applied.users) users.add(u);
    for (const d of applied.days) days.add(d);
    mergeBefore(before, applied.before);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  // updateDerived's parts, timed one by one (no new day here, so no full recompute).
  const t2 = performance.now();
  await incrementalUpdate({ users, days, before }, new Date());
  const t3 = performance.now();
  await recordTypeChanges(users);
  await META.derivedStale.remove();
  const t4 = performance.now();
  // Parts of the update, again on their own: the touched users' stats, then the update with
  // no rollups moved (stats and today's threshold: the kept days' histograms moved already).
  const defs = await getDefinitions();
  await statsInBatches([...users], defs, new Date());
  const t5 = performance.now();
  await incrementalUpdate({ users, days, before: new Map() }, new Date());
  const t6 = performance.now();
  return {
    users: users.size,
    days: days.size,
    pullMs: round(pullMs),
    applyMs: round(applyMs),
    updateDerivedMs: round(t4 - t2),
    incrementalUpdateMs: round(t3 - t2),
    typeChangesMs: round(t4 - t3),
    statsAloneMs: round(t5 - t4),
    incrementalUpdateAloneMs: round(t6 - t5),
  };
}

Object.assign(globalThis, { __probeInitial: initial, __probeIncremental: incremental });
