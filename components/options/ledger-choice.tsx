import { useId } from 'react';
import { plural } from '@/lib/options/format';

export interface LedgerChoiceProps {
  count: number;
  sourceLabel: string;
  discard: boolean;
  onChange(discard: boolean): void;
}

/**
 * Leaving the demo or CSV source: the records written there (notes, enrolments, role and user
 * changes) exist nowhere else. Say what happens to them and let the user choose: kept for that
 * source (they come back with it), or discarded.
 */
export function LedgerChoice({ count, sourceLabel, discard, onChange }: LedgerChoiceProps) {
  const name = useId();
  return (
    <fieldset className="options-radios">
      <legend className="options-legend">
        {plural(count, 'record')} written here in the {sourceLabel} (notes, enrolments, role
        changes)
      </legend>
      <label>
        <input type="radio" name={name} checked={!discard} onChange={() => onChange(false)} />
        Keep them for the {sourceLabel}: they come back if you switch back to it
      </label>
      <label>
        <input type="radio" name={name} checked={discard} onChange={() => onChange(true)} />
        Discard them
      </label>
    </fieldset>
  );
}
