import { isValidTimeZone } from './time';
import type { Definitions, Workspace } from './types';

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
  return next;
}

function uniqueStrings(values: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const value of values) if (typeof value === 'string' && value !== '') out.add(value);
  return [...out];
}
