import { type LabelMap, labelFor } from '@/lib/domain/labels';
import type { CustomFieldValue } from '@/lib/domain/types';

export interface CustomFieldsListProps {
  fields?: Record<string, CustomFieldValue>;
  /** The workspace's names for its fields; else a readable form of each key. */
  labels?: LabelMap;
}

/** The user's custom fields as name/value text (never HTML); long values wrap. */
export function CustomFieldsList({ fields, labels }: CustomFieldsListProps) {
  const entries = Object.entries(fields ?? {}).filter(([, v]) => v !== null && v !== '');
  if (entries.length === 0) return null;
  return (
    <dl className="facts custom-fields" aria-label="Custom fields">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt title={name}>{labelFor(name, labels)}</dt>
          <dd>{typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
