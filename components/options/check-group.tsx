export interface CheckGroupProps {
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange(selected: string[]): void;
  /** Shown instead of the boxes when there is nothing to choose from. */
  empty: string;
}

/** A fieldset of checkboxes for picking several values. */
export function CheckGroup({ legend, hint, options, selected, onChange, empty }: CheckGroupProps) {
  return (
    <fieldset className="options-checks">
      <legend className="options-legend">{legend}</legend>
      {hint ? <p className="options-hint">{hint}</p> : null}
      {options.length === 0 ? <p className="options-muted">{empty}</p> : null}
      {/* The boxes have their own grid: the hint must not take the first cell and push them out of line. */}
      <div className="options-check-grid">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value),
                )
              }
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
