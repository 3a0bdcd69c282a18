import type { Definitions } from '../domain/types';

/** The definitions a user can override on the options page (timezone stays the workspace's). */
export type EditableDefinition =
  | 'windowDays'
  | 'powerTopPercent'
  | 'activityEvents'
  | 'influencerRoleIds'
  | 'influencerPersonaIds'
  | 'milestones';

export type DefinitionOverrides = Partial<Definitions>;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sa = [...a].sort();
    const sb = [...b].sort();
    return sa.length === sb.length && sa.every((v, i) => v === sb[i]);
  }
  return a === b;
}

/**
 * Sets one override. A value equal to the workspace's own drops the override, so "Overridden"
 * only shows while the local value really differs.
 */
export function withOverride<K extends EditableDefinition>(
  overrides: DefinitionOverrides,
  key: K,
  value: Definitions[K],
  workspace: Definitions,
): DefinitionOverrides {
  const next: DefinitionOverrides = { ...overrides };
  if (sameValue(value, workspace[key])) delete next[key];
  else next[key] = value;
  return next;
}

export function withoutOverride(
  overrides: DefinitionOverrides,
  key: EditableDefinition,
): DefinitionOverrides {
  const next: DefinitionOverrides = { ...overrides };
  delete next[key];
  return next;
}

export function isOverridden(overrides: DefinitionOverrides, key: EditableDefinition): boolean {
  return overrides[key] !== undefined;
}

/** Names for the activity-event picker: every name seen in the data plus those already chosen. */
export function eventNameChoices(seen: Iterable<string>, chosen: string[]): string[] {
  return [...new Set([...seen, ...chosen])].sort((a, b) => a.localeCompare(b));
}
