import type { CustomFieldValue } from '@/lib/domain/types';

/** The user's custom fields as name/value text (never HTML). */
export function CustomFieldsList({ fields }: { fields?: Record<string, CustomFieldValue> }) {
  const entries = Object.entries(fields ?? {}).filter(([, v]) => v !== null && v !== '');
  if (entries.length === 0) return null;
  return (
    <dl className="facts custom-fields" aria-label="Custom fields">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
