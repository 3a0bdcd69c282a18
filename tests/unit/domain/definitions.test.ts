import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITIONS, DEFAULT_NOTE_TYPES, definitionsFrom } from '@/lib/domain/definitions';
import type { Workspace } from '@/lib/domain/types';

const ws: Workspace = {
  id: 'w1',
  name: 'Acme',
  timezone: 'America/New_York',
  activityWindowDays: 14,
  powerUserTopPercent: 20,
  activityEvents: ['report_viewed', 'login'],
  noteTypes: DEFAULT_NOTE_TYPES,
  activityGranularity: 'event',
};

describe('definitionsFrom', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_NOTE_TYPES).toEqual(['General', 'Call', 'Meeting', 'Email', 'QBR']);
    expect(definitionsFrom(undefined)).toEqual({
      timezone: 'UTC',
      windowDays: 30,
      powerTopPercent: 10,
      activityEvents: [],
      influencerRoleIds: [],
      influencerPersonaIds: [],
    });
    expect(DEFAULT_DEFINITIONS.windowDays).toBe(30);
  });

  it("takes the workspace's values, then the overrides", () => {
    expect(definitionsFrom(ws)).toMatchObject({
      timezone: 'America/New_York',
      windowDays: 14,
      powerTopPercent: 20,
      activityEvents: ['report_viewed', 'login'],
    });
    expect(
      definitionsFrom(ws, { windowDays: 7, influencerRoleIds: ['champion'], activityEvents: [] }),
    ).toMatchObject({
      windowDays: 7,
      influencerRoleIds: ['champion'],
      activityEvents: [],
      powerTopPercent: 20,
    });
  });

  it('ignores unusable values instead of applying them', () => {
    const bad = {
      ...ws,
      timezone: 'Nowhere/Land',
      activityWindowDays: 0,
      powerUserTopPercent: 150,
    };
    expect(definitionsFrom(bad)).toMatchObject({
      timezone: 'UTC',
      windowDays: 30,
      powerTopPercent: 10,
    });
    expect(definitionsFrom(ws, { powerTopPercent: 0, windowDays: Number.NaN })).toMatchObject({
      powerTopPercent: 20,
      windowDays: 14,
    });
    expect(definitionsFrom(ws, { windowDays: 7.9 }).windowDays).toBe(7);
  });
});
