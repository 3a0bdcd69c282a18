import { useId, useState } from 'react';
import { type LabelMap, labelFor } from '@/lib/domain/labels';
import type { AdoptionMilestone, Role } from '@/lib/domain/types';
import { EMPTY_DRAFT, milestoneFromDraft } from '@/lib/options/milestone-overrides';
import { CheckGroup } from './check-group';
import { TextField } from './text-field';

export interface MilestoneFormProps {
  eventNames: string[];
  /** The workspace's words for its event names: the picker shows them, never the raw name. */
  eventLabels?: LabelMap | undefined;
  roles: Role[];
  personas: Role[];
  onAdd(milestone: AdoptionMilestone): Promise<void>;
}

/** A new adoption milestone: name, event (from the names seen in the data), count, scope. */
export function MilestoneForm(props: MilestoneFormProps) {
  const { eventNames, eventLabels, roles, personas, onAdd } = props;
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [tried, setTried] = useState(false);
  const eventId = useId();
  const result = milestoneFromDraft(draft, crypto.randomUUID());
  const errors = tried && !result.ok ? result.errors : {};
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const options = (items: Role[]) => items.map((r) => ({ value: r.id, label: r.name }));

  return (
    <form
      noValidate
      aria-label="New milestone"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!result.ok) return;
        void onAdd(result.milestone).then(() => {
          setDraft(EMPTY_DRAFT);
          setTried(false);
        });
      }}
    >
      <TextField
        label="Milestone name"
        value={draft.name}
        onChange={(name) => set({ name })}
        error={errors.name}
      />
      <div className="options-field">
        <label htmlFor={eventId}>Event</label>
        <select id={eventId} value={draft.event} onChange={(e) => set({ event: e.target.value })}>
          <option value="">Pick an event…</option>
          {eventNames.map((n) => (
            <option key={n} value={n}>
              {labelFor(n, eventLabels)}
            </option>
          ))}
        </select>
        {eventNames.length === 0 ? (
          <p className="options-hint">No events in the data yet.</p>
        ) : null}
        {errors.event ? <p className="options-error">{errors.event}</p> : null}
      </div>
      <TextField
        label="Times"
        inputMode="numeric"
        value={draft.count}
        onChange={(count) => set({ count })}
        error={errors.count}
      />
      <label className="options-check">
        <input
          type="checkbox"
          checked={draft.withinWindow}
          onChange={(e) => set({ withinWindow: e.target.checked })}
        />
        Within the activity window (otherwise all time)
      </label>
      <CheckGroup
        legend="Only for roles"
        hint="None checked: every role."
        options={options(roles)}
        selected={draft.roleIds}
        onChange={(roleIds) => set({ roleIds })}
        empty="No roles in the data."
      />
      <CheckGroup
        legend="Only for personas"
        hint="A user with a checked role or a checked persona is concerned."
        options={options(personas)}
        selected={draft.personaIds}
        onChange={(personaIds) => set({ personaIds })}
        empty="No personas in the data."
      />
      <div className="options-actions">
        <button type="submit" className="options-primary">
          Add milestone
        </button>
      </div>
    </form>
  );
}
