export interface OverrideMarkProps {
  overridden: boolean;
  /** The workspace's own value, in words. */
  workspaceValue: string;
  label: string;
  onReset(): void;
}

/** "Overridden" + Reset beside a definition that differs from the workspace's value. */
export function OverrideMark({ overridden, workspaceValue, label, onReset }: OverrideMarkProps) {
  if (!overridden) return <p className="options-hint">Workspace value</p>;
  return (
    <p className="options-hint">
      <span className="options-tag">Overridden</span> The workspace value is {workspaceValue}.{' '}
      <button type="button" aria-label={`Reset ${label}`} onClick={onReset}>
        Reset
      </button>
    </p>
  );
}
