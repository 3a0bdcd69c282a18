import type { CustomFieldValue } from './types';

/** The kinds of value a custom field can hold (sync protocol: string, number, boolean, null). */
export type FieldKind = 'text' | 'number' | 'boolean' | 'empty';

export const FIELD_KIND_LABELS: Record<FieldKind, string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  empty: 'Empty',
};

export function fieldKindOf(value: CustomFieldValue | undefined): FieldKind {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/** What the editor shows for a stored value ("" for empty, "yes"/"no" for booleans). */
export function fieldText(value: CustomFieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export type FieldParse = { ok: true; value: CustomFieldValue } | { ok: false; error: string };

/**
 * The value typed into the editor, as the kind chosen. A number must be written as one
 * ("42", "-3.5", "1e3"): "12 seats" or "twelve" is refused with a message, never stored as 0.
 */
export function parseFieldInput(kind: FieldKind, text: string): FieldParse {
  const t = text.trim();
  switch (kind) {
    case 'empty':
      return { ok: true, value: null };
    case 'boolean':
      if (t === 'yes' || t === 'no') return { ok: true, value: t === 'yes' };
      return { ok: false, error: 'Choose Yes or No.' };
    case 'number': {
      const n = Number(t);
      if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) || !Number.isFinite(n))
        return { ok: false, error: `“${t || ' '}” is not a number. Enter digits, e.g. 42 or 3.5.` };
      return { ok: true, value: n };
    }
    case 'text':
      return { ok: true, value: text };
  }
}
