import type { Summary } from './stats';

/** One line of the results table: a measured figure beside its budget. */
export interface Row {
  what: string;
  unit: string;
  summary?: Summary;
  /** A single figure (sizes, ratios of medians). */
  value?: number;
  budget?: string;
  /** true = meets the budget, false = misses it, undefined = no budget for this line. */
  ok?: boolean;
  note?: string;
}

const fmt = (n: number | undefined, unit: string): string => {
  if (n === undefined || Number.isNaN(n)) return '–';
  if (unit === 'B') return n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
  if (unit === 'MB') return `${(n / 1024 / 1024).toFixed(0)} MB`;
  if (unit === '%') return `${(n * 100).toFixed(0)} %`;
  if (unit === 'rec/s') return `${Math.round(n).toLocaleString('en-US')}`;
  if (unit === 's') return n.toFixed(1);
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
};

/** A Markdown table (so the README shows exactly what the run printed). */
export function table(rows: Row[]): string {
  const head = '| measurement | unit | min | median | p95 | budget | verdict |';
  const sep = '| --- | --- | ---: | ---: | ---: | --- | --- |';
  const lines = rows.map((r) => {
    const s = r.summary;
    const cells = s
      ? [fmt(s.min, r.unit), fmt(s.median, r.unit), fmt(s.p95, r.unit)]
      : ['', fmt(r.value, r.unit), ''];
    const verdict = r.ok === undefined ? '' : r.ok ? 'meets' : '**misses**';
    const unit =
      r.unit === 'rec/s' ? 'records/s' : r.unit === 'B' || r.unit === 'MB' ? 'size' : r.unit;
    const what = r.note ? `${r.what} (${r.note})` : r.what;
    return `| ${what} | ${unit} | ${cells.join(' | ')} | ${r.budget ?? ''} | ${verdict} |`;
  });
  return [head, sep, ...lines].join('\n');
}
