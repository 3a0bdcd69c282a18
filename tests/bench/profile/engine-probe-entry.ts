import { setDb, UserPageDB } from '@/lib/db/database';
import { runSync } from '@/lib/sync/engine';
import { createHttpSource } from '@/lib/sync/http-source';
import type { Source } from '@/lib/sync/source';

// Bundled by engine-probe.ts and evaluated in an extension page: the real engine code, on its
// own database, with the source's pulls timed, so a sync can be split into phases and profiled.

interface ProbeResult {
  ms: number;
  pulls: number;
  pullMs: number;
  outcome: unknown;
}

async function probe(args: {
  baseUrl: string;
  token: string;
  dbName: string;
}): Promise<ProbeResult> {
  await UserPageDB.delete(args.dbName);
  setDb(new UserPageDB(args.dbName));
  const http = createHttpSource({ baseUrl: args.baseUrl, token: args.token });
  let pulls = 0;
  let pullMs = 0;
  const source: Source = {
    kind: 'http',
    async pull(cursor, limit, signal) {
      const t0 = performance.now();
      const page = await http.pull(cursor, limit, signal);
      pullMs += performance.now() - t0;
      pulls += 1;
      return page;
    },
    push: (item, signal) => http.push(item, signal),
    whoami: (signal) => http.whoami(signal),
  };
  const t0 = performance.now();
  const outcome = await runSync(source);
  return { ms: performance.now() - t0, pulls, pullMs, outcome };
}

(globalThis as { __benchProbe?: typeof probe }).__benchProbe = probe;
