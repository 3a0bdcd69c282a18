import { createWriteStream } from 'node:fs';
import type { CDPSession } from 'playwright-core';

/** Categories of the probes' traces: IndexedDB, LevelDB, V8 and every renderer's tasks. */
const CATEGORIES = [
  'IndexedDB',
  'leveldb',
  'v8',
  'v8.execute',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'ServiceWorker',
  'toplevel',
];

/** Starts a Chromium trace of the whole browser over a page's CDP session. */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  });
}

/** Ends the trace and streams it into `file` (JSON, one event per line). */
export async function endTrace(cdp: CDPSession, file: string): Promise<void> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  const out = createWriteStream(file);
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    out.write(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : chunk.data);
    if (chunk.eof) break;
  }
  await new Promise<void>((resolve) => out.end(resolve));
}
