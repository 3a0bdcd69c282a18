import { readFileSync } from 'node:fs';

/** One event of a Chromium trace (the fields the summary reads). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** What a renderer's main thread did: milliseconds of self time per kind of work. */
export type ThreadTime = Record<Kind, number>;
type Kind = 'script' | 'compile' | 'style+layout' | 'paint' | 'gc' | 'idb' | 'other' | 'idle';

const KIND_OF: [RegExp, Kind][] = [
  [/^(V8\.GC|MajorGC|MinorGC|V8\.GC_|BlinkGC|CppGC)/, 'gc'],
  [
    /^(v8\.compile|V8\.Compile|v8\.parseOnBackground|V8\.Parse|EvaluateScript|v8\.produceCache|v8\.compileModule|v8\.evaluateModule)/,
    'compile',
  ],
  [/^(UpdateLayoutTree|Layout|RecalcStyle|ParseAuthorStyleSheet|InvalidateLayout)/, 'style+layout'],
  [/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers|PaintImage)/, 'paint'],
  [/^IDB/, 'idb'],
  [
    /^(FunctionCall|v8\.callFunction|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|V8\.|v8\.run|XHR|ParseHTML)/,
    'script',
  ],
];
const kindOf = (name: string): Kind => KIND_OF.find(([re]) => re.test(name))?.[1] ?? 'other';

export interface Trace {
  events: TraceEvent[];
  /** The main thread's work in [fromUs, toUs] (trace clock, µs), by kind of self time. */
  mainThread(pid: number, fromUs: number, toUs: number): ThreadTime;
}

export function readTrace(file: string): Trace {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
  const events = raw.traceEvents;
  const mains = new Map<number, number>(); // pid → tid of CrRendererMain
  for (const e of events)
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.set(e.pid, e.tid);
  return {
    events,
    mainThread(pid, fromUs, toUs) {
      const tid = mains.get(pid);
      const out: ThreadTime = {
        script: 0,
        compile: 0,
        'style+layout': 0,
        paint: 0,
        gc: 0,
        idb: 0,
        other: 0,
        idle: 0,
      };
      const xs = events
        .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
        .filter((e) => e.ts < toUs && e.ts + (e.dur ?? 0) > fromUs)
        .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      // Self time: each event's span inside the window minus its children's (nested, same thread).
      const clip = (e: TraceEvent) =>
        Math.max(0, Math.min(toUs, e.ts + (e.dur ?? 0)) - Math.max(fromUs, e.ts));
      const stack: { e: TraceEvent; self: number }[] = [];
      let busy = 0;
      const pop = () => {
        const top = stack.pop();
        if (top) out[kindOf(top.e.name)] += top.self / 1000;
      };
      for (const e of xs) {
        while (stack.length && (stack.at(-1)?.e.ts ?? 0) + (stack.at(-1)?.e.dur ?? 0) <= e.ts)
          pop();
        const parent = stack.at(-1);
        if (parent) parent.self -= clip(e);
        else busy += clip(e);
        stack.push({ e, self: clip(e) });
      }
      while (stack.length) pop();
      out.idle = (toUs - fromUs - busy) / 1000;
      return out;
    },
  };
}

/** "script 12.3 · style+layout 4.0 · …" for the kinds above a tenth of a millisecond. */
export function formatThreadTime(t: ThreadTime): string {
  return Object.entries(t)
    .filter(([, ms]) => ms >= 0.1)
    .map(([k, ms]) => `${k} ${ms.toFixed(1)}`)
    .join(' · ');
}
