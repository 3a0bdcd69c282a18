export interface ProgressBarProps {
  label: string;
  value: number;
  /** Unknown totals show an indeterminate bar with the count so far. */
  max?: number;
}

/** A labelled progress bar with its numbers in words beside it. */
export function ProgressBar({ label, value, max }: ProgressBarProps) {
  const known = max !== undefined && max > 0;
  const text = known
    ? `${value.toLocaleString()} of ${max.toLocaleString()} records`
    : `${value.toLocaleString()} records so far`;
  return (
    <div className="options-progress">
      <progress aria-label={label} value={known ? Math.min(value, max) : undefined} max={max} />
      <span>{text}</span>
    </div>
  );
}
