import { isValidTimeZone } from './time';
import type { AdoptionMilestone, Definitions, Workspace } from './types';

export const DEFAULT_NOTE_TYPES: string[] = ['General', 'Call', 'Meeting', 'Email', 'QBR'];

export const DEFAULT_DEFINITIONS: Definitions = {
  timezone: 'UTC',
  windowDays: 30,
  powerTopPercent: 10,
  activityEvents: [],
  influencerRoleIds: [],
  influencerPersonaIds: [],
};

/**
 * The rules in force: defaults, then the workspace's values, then local overrides. Unusable
 * values (an unknown zone, a window under one day, a percentage outside (0, 100]) fall back to
 * the previous layer, so a bad setting can never make every user a power user or crash a page.
 */
export function definitionsFrom(
  ws: Workspace | undefined,
  overrides?: Partial<Definitions>,
): Definitions {
  const fromWorkspace: Partial<Definitions> = ws
    ? {
        timezone: ws.timezone,
        windowDays: ws.activityWindowDays,
        powerTopPercent: ws.powerUserTopPercent,
        activityEvents: ws.activityEvents,
        ...(ws.milestones ? { milestones: ws.milestones } : {}),
      }
    : {};
  return apply(apply({ ...DEFAULT_DEFINITIONS }, fromWorkspace), overrides ?? {});
}

function apply(base: Definitions, layer: Partial<Definitions>): Definitions {
  const next = { ...base };
  if (typeof layer.timezone === 'string' && isValidTimeZone(layer.timezone)) {
    next.timezone = layer.timezone;
  }
  if (typeof layer.windowDays === 'number' && Number.isFinite(layer.windowDays)) {
    if (layer.windowDays >= 1) next.windowDays = Math.floor(layer.windowDays);
  }
  const p = layer.powerTopPercent;
  if (typeof p === 'number' && Number.isFinite(p) && p > 0 && p <= 100) next.powerTopPercent = p;
  if (Array.isArray(layer.activityEvents))
    next.activityEvents = uniqueStrings(layer.activityEvents);
  if (Array.isArray(layer.influencerRoleIds)) {
    next.influencerRoleIds = uniqueStrings(layer.influencerRoleIds);
  }
  if (Array.isArray(layer.influencerPersonaIds)) {
    next.influencerPersonaIds = uniqueStrings(layer.influencerPersonaIds);
  }
  if (Array.isArray(layer.milestones)) {
    const valid = layer.milestones.filter(isMilestone);
    // Left out when empty, so definitions without milestones stay as they always were.
    if (valid.length) next.milestones = valid;
    else delete next.milestones;
  }
  return next;
}

/** A usable milestone (a local list is stored as-is, so it is checked like remote data). */
export function isMilestone(m: unknown): m is AdoptionMilestone {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  return (
    typeof o.id === 'string' &&
    o.id !== '' &&
    typeof o.name === 'string' &&
    o.name.trim() !== '' &&
    typeof o.event === 'string' &&
    o.event !== '' &&
    typeof o.count === 'number' &&
    Number.isInteger(o.count) &&
    o.count >= 1 &&
    typeof o.withinWindow === 'boolean' &&
    strings(o.roleIds) &&
    strings(o.personaIds)
  );
}

function uniqueStrings(values: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const value of values) if (typeof value === 'string' && value !== '') out.add(value);
  return [...out];
}
