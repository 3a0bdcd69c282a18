import type { Cadence } from '@/lib/domain/types';

export interface CadenceOptionsProps {
  cadences: readonly Cadence[];
  picked: Cadence | undefined;
  /** Cadences the person is in now: shown, but not offered again. */
  activeCadenceIds: ReadonlySet<string>;
  onPick(cadence: Cadence): void;
}

/** The cadences to pick from, one radio each, with description, steps and tags. */
export function CadenceOptions({
  cadences,
  picked,
  activeCadenceIds,
  onPick,
}: CadenceOptionsProps) {
  return (
    <fieldset className="cadence-options">
      <legend className="visually-hidden">Cadences</legend>
      {cadences.map((c) => {
        const already = activeCadenceIds.has(c.id);
        const classes = ['cadence-option'];
        if (picked?.id === c.id) classes.push('picked');
        if (already) classes.push('already');
        return (
          <label key={c.id} className={classes.join(' ')}>
            <input
              type="radio"
              name="cadence"
              value={c.id}
              checked={picked?.id === c.id}
              disabled={already}
              onChange={() => onPick(c)}
            />
            <span>
              <span className="cadence-name">{c.name}</span>
              {already ? <span className="chip status-active">Already in it</span> : null}
              {c.description ? <span className="muted small block">{c.description}</span> : null}
              <span className="muted small block">
                {[
                  c.stepCount ? `${c.stepCount} ${c.stepCount === 1 ? 'step' : 'steps'}` : '',
                  ...c.tags,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
