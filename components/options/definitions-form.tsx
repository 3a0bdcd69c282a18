import { useState } from 'react';
import { definitionsFrom } from '@/lib/domain/definitions';
import { type LabelMap, labelFor } from '@/lib/domain/labels';
import type { Definitions, Role } from '@/lib/domain/types';
import {
  type DefinitionOverrides,
  type EditableDefinition,
  eventNameChoices,
  isOverridden,
  withOverride,
  withoutOverride,
} from '@/lib/options/definition-overrides';
import { validatePercent, validateWindowDays } from '@/lib/options/validate';
import { CheckGroup } from './check-group';
import { OverrideMark } from './override-mark';
import { TextField } from './text-field';

export interface DefinitionsFormProps {
  workspaceDefs: Definitions;
  overrides: DefinitionOverrides;
  roles: Role[];
  personas: Role[];
  seenEventNames: string[];
  /** The workspace's own names for its events (else a readable form of each name). */
  eventLabels?: LabelMap;
  onSave(overrides: DefinitionOverrides): Promise<void>;
}

const listText = (values: string[], all: string) => (values.length ? values.join(', ') : all);

/** The editable definitions; saves all fields together, and only when every field is valid. */
export function DefinitionsForm(props: DefinitionsFormProps) {
  const { workspaceDefs: ws, overrides, onSave } = props;
  const current = definitionsFrom(undefined, { ...ws, ...overrides });
  const [windowDays, setWindowDays] = useState(String(current.windowDays));
  const [percent, setPercent] = useState(String(current.powerTopPercent));
  const [events, setEvents] = useState(current.activityEvents);
  const [roleIds, setRoleIds] = useState(current.influencerRoleIds);
  const [personaIds, setPersonaIds] = useState(current.influencerPersonaIds);
  const [busy, setBusy] = useState(false);
  const windowError = validateWindowDays(windowDays);
  const percentError = validatePercent(percent);

  const reset = (key: EditableDefinition) => void onSave(withoutOverride(overrides, key));
  const save = async () => {
    if (windowError || percentError) return;
    let next = withOverride(overrides, 'windowDays', Number(windowDays.trim()), ws);
    next = withOverride(next, 'powerTopPercent', Number(percent.trim()), ws);
    next = withOverride(next, 'activityEvents', events, ws);
    next = withOverride(next, 'influencerRoleIds', roleIds, ws);
    next = withOverride(next, 'influencerPersonaIds', personaIds, ws);
    setBusy(true);
    await onSave(next);
    setBusy(false);
  };
  const mark = (key: EditableDefinition, label: string, value: string) => (
    <OverrideMark
      overridden={isOverridden(overrides, key)}
      workspaceValue={value}
      label={label}
      onReset={() => reset(key)}
    />
  );
  const options = (items: Role[]) => items.map((r) => ({ value: r.id, label: r.name }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Activity window (days)"
        inputMode="numeric"
        value={windowDays}
        onChange={setWindowDays}
        error={windowError}
      />
      {mark('windowDays', 'activity window', `${ws.windowDays} days`)}
      <TextField
        label="Power users: top percent"
        inputMode="numeric"
        value={percent}
        onChange={setPercent}
        error={percentError}
        hint="Active users whose activity count is in this top share of the workspace."
      />
      {mark('powerTopPercent', 'power-user top percent', `${ws.powerTopPercent}%`)}
      <CheckGroup
        legend="Events that count as activity"
        hint="None checked: every event counts."
        options={eventNameChoices(props.seenEventNames, events).map((n) => ({
          value: n,
          label: labelFor(n, props.eventLabels),
        }))}
        selected={events}
        onChange={setEvents}
        empty="No events in the data yet."
      />
      {mark('activityEvents', 'activity events', listText(ws.activityEvents, 'every event'))}
      <h3>Influencer rule</h3>
      <p className="options-muted">
        An active user who is a contact in your CRM is an influencer. Users holding one of the roles
        or personas checked below count too.
      </p>
      <CheckGroup
        legend="Influencer roles"
        options={options(props.roles)}
        selected={roleIds}
        onChange={setRoleIds}
        empty="No roles in the data."
      />
      {mark('influencerRoleIds', 'influencer roles', 'none')}
      <CheckGroup
        legend="Influencer personas"
        options={options(props.personas)}
        selected={personaIds}
        onChange={setPersonaIds}
        empty="No personas in the data."
      />
      {mark('influencerPersonaIds', 'influencer personas', 'none')}
      <div className="options-actions">
        <button type="submit" className="options-primary" disabled={busy}>
          Save definitions
        </button>
      </div>
    </form>
  );
}
