export interface MetricProps {
  label: string;
  value: string;
  hint?: string;
  /** Spans the whole row (for long values such as a touchpoint). */
  wide?: boolean;
}

/** One labelled number in the usage grid (inside a <dl>). */
export function Metric({ label, value, hint, wide }: MetricProps) {
  return (
    <div className={wide ? 'metric wide' : 'metric'}>
      <dt>{label}</dt>
      <dd>
        <span className="metric-value">{value}</span>
        {hint ? <span className="metric-hint">{hint}</span> : null}
      </dd>
    </div>
  );
}
