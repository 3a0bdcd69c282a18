import type { SourceConfig } from '@/lib/domain/source-config';

export type SourceKind = SourceConfig['kind'];

export const SOURCE_LABELS: Record<SourceKind, string> = {
  demo: 'Demo workspace',
  http: 'Sync server',
  csv: 'CSV import',
};

export interface SourceChoiceProps {
  value: SourceKind;
  onChange(kind: SourceKind): void;
}

/** The "Data source" radio group; choosing only shows that source's form, nothing is saved yet. */
export function SourceChoice({ value, onChange }: SourceChoiceProps) {
  return (
    <fieldset className="options-radios">
      <legend className="options-legend">Data source</legend>
      {(Object.keys(SOURCE_LABELS) as SourceKind[]).map((kind) => (
        <label key={kind}>
          <input
            type="radio"
            name="data-source"
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          {SOURCE_LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}
