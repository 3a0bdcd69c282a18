import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  files: string[];
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  /** The largest site's content script (each site has its own; all are held to 24 KB). */
  contentScript: FileSize;
  /** What the side panel loads before its first paint: the entry script and its static imports. */
  panelFirstChunk: FileSize;
  /** The lazily loaded chunk(s) that hold the chart code (Recharts). */
  chartChunk: FileSize;
  /** True when chart code is part of the first chunk (a budget failure). */
  chartsInFirstChunk: boolean;
}

function measure(dir: string, files: string[]): FileSize {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    bytes += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, bytes, gzip };
}

function listJs(dir: string, sub = ''): string[] {
  const here = join(dir, sub);
  if (!existsSync(here)) return [];
  return readdirSync(here).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return listJs(dir, rel);
    return rel.endsWith('.js') ? [rel] : [];
  });
}

/** Static imports of an ES chunk, followed transitively (Vite writes them as `from"./x.js"`). */
function staticClosure(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    for (const m of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      const spec = m[1];
      if (spec) queue.push(new URL(spec, `file:///${base ? `${base}/` : ''}`).pathname.slice(1));
    }
  }
  return [...seen];
}

function largestContentScript(extensionDir: string): FileSize {
  const sizes = listJs(extensionDir, 'content-scripts').map((f) => measure(extensionDir, [f]));
  return sizes.sort((a, b) => b.bytes - a.bytes)[0] ?? { files: [], bytes: 0, gzip: 0 };
}

export function bundleSizes(extensionDir: string): BundleSizes {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const first = staticClosure(extensionDir, refs.filter(Boolean));
  const charts = listJs(extensionDir).filter((f) =>
    readFileSync(join(extensionDir, f), 'utf8').includes('recharts-'),
  );
  return {
    contentScript: largestContentScript(extensionDir),
    panelFirstChunk: measure(extensionDir, first),
    chartChunk: measure(
      extensionDir,
      charts.filter((f) => !first.includes(f)),
    ),
    chartsInFirstChunk: charts.some((f) => first.includes(f)),
  };
}
