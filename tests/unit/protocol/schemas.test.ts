import { describe, expect, it } from 'vitest';
import { parseChange } from '@/lib/protocol/change';
import { entitySchemas } from '@/lib/protocol/schemas';

describe('wire schemas', () => {
  it('applies the workspace defaults and ignores unknown fields', () => {
    expect(
      entitySchemas.workspace.parse({
        id: 'w',
        name: 'W',
        timezone: null,
        noteTypes: [],
        future: { x: 1 },
      }),
    ).toEqual({
      id: 'w',
      name: 'W',
      timezone: 'UTC',
      activityWindowDays: 30,
      powerUserTopPercent: 10,
      activityEvents: [],
      noteTypes: ['General', 'Call', 'Meeting', 'Email', 'QBR'],
      activityGranularity: 'event',
    });
  });

  it('turns null optional fields into absent ones', () => {
    const user = entitySchemas.user.parse({
      id: 'u',
      createdAt: '2026-01-01T00:00:00Z',
      email: null,
      crmIds: null,
      customFields: { a: null, b: 2 },
    });
    expect(user).toEqual({
      id: 'u',
      createdAt: '2026-01-01T00:00:00Z',
      customFields: { a: null, b: 2 },
    });
    expect('email' in user).toBe(false);
  });

  it('rejects a bad entity with a reason that names the field, and keeps its id', () => {
    expect(parseChange({ type: 'user', op: 'upsert', data: { id: 'u1', createdAt: 5 } })).toEqual({
      ok: false,
      type: 'user',
      entityId: 'u1',
      reason: expect.stringMatching(/^user\.createdAt: /),
    });
    expect(
      parseChange({
        type: 'workspace',
        op: 'upsert',
        data: { id: 'w', name: 'W', timezone: 'Mars/Base' },
      }),
    ).toMatchObject({
      ok: false,
      reason: 'workspace.timezone: not an IANA time zone',
    });
    expect(
      parseChange({
        type: 'activityDay',
        op: 'upsert',
        data: { userId: 'u', day: '2026-1-1', events: 1, logins: 0, durationSec: 0 },
      }),
    ).toMatchObject({
      ok: false,
      entityId: 'u/2026-1-1',
    });
    expect(parseChange({ type: 'note', op: 'delete' })).toMatchObject({
      ok: false,
      reason: 'note delete without an id',
    });
    expect(parseChange('nonsense')).toMatchObject({ ok: false, type: 'change' });
  });

  it('accepts deletes and valid upserts of every type', () => {
    expect(parseChange({ type: 'activityDay', op: 'delete', id: 'u1/2026-03-01' })).toEqual({
      ok: true,
      change: { type: 'activityDay', op: 'delete', id: 'u1/2026-03-01' },
    });
    const cadence = parseChange({
      type: 'cadence',
      op: 'upsert',
      data: { id: 'c', name: 'C', scope: 'team' },
    });
    expect(cadence).toEqual({
      ok: true,
      change: {
        type: 'cadence',
        op: 'upsert',
        data: { id: 'c', name: 'C', scope: 'team', tags: [] },
      },
    });
  });
});
