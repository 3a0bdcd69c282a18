import type { AdoptionMilestone } from '../domain/types';
import type { DefinitionOverrides } from './definition-overrides';

/**
 * Sets this browser's milestone list. A list equal to the workspace's drops the override, so
 * "Overridden" only shows while the local list really differs (as for the other definitions).
 */
export function withMilestones(
  overrides: DefinitionOverrides,
  list: AdoptionMilestone[],
  workspace: readonly AdoptionMilestone[],
): DefinitionOverrides {
  const next: DefinitionOverrides = { ...overrides };
  if (JSON.stringify(list) === JSON.stringify(workspace)) delete next.milestones;
  else next.milestones = list;
  return next;
}

export interface MilestoneDraft {
  name: string;
  event: string;
  count: string;
  withinWindow: boolean;
  roleIds: string[];
  personaIds: string[];
}

export const EMPTY_DRAFT: MilestoneDraft = {
  name: '',
  event: '',
  count: '1',
  withinWindow: false,
  roleIds: [],
  personaIds: [],
};

/** The milestone a draft describes, or what to fix, field by field. */
export function milestoneFromDraft(
  draft: MilestoneDraft,
  id: string,
):
  | { ok: true; milestone: AdoptionMilestone }
  | { ok: false; errors: Partial<Record<'name' | 'event' | 'count', string>> } {
  const errors: Partial<Record<'name' | 'event' | 'count', string>> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the milestone a name.';
  if (!draft.event) errors.event = 'Pick the event that counts.';
  const count = Number(draft.count.trim());
  if (!/^\d+$/.test(draft.count.trim()) || count < 1 || count > 100_000)
    errors.count = 'Enter a whole number from 1 to 100000.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    milestone: {
      id,
      name,
      event: draft.event,
      count,
      withinWindow: draft.withinWindow,
      roleIds: draft.roleIds,
      personaIds: draft.personaIds,
    },
  };
}
