// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldPage } from '@/lib/db/page-fold';
import { applyRollupOps } from '@/lib/db/rollup-ops';
import type { Workspace } from '@/lib/domain/types';
import { parseChanges } from '@/lib/protocol/change';

// The pure fold of a page, without a database: what applyPage writes is what this plans.

const workspace = (timezone: string) => ({
  type: 'workspace',
  op: 'upsert',
  data: { id: 'w', name: 'W', timezone },
});
const event = (id: string, ts: string) => ({
  type: 'event',
  op: 'upsert',
  data: { id, userId: 'u1', ts, name: 'login' },
});

function fold(raw: unknown[], stored: Partial<Parameters<typeof foldPage>[0]> = {}) {
  const { changes } = parseChanges(raw);
  return foldPage({
    changes,
    workspace: undefined,
    guarded: new Set(),
    storedEvents: new Map(),
    catchUp: false,
    ...stored,
  });
}

describe('folding a page', () => {
  it('files an event under the day of the zone in force at that point of the page', () => {
    // 03:30 UTC is still the 7th in New York, already the 8th in UTC.
    const plan = fold([
      event('e1', '2026-03-08T03:30:00Z'),
      workspace('America/New_York'),
      event('e2', '2026-03-08T03:30:00Z'),
    ]);
    expect([...plan.rollups.values()].map((r) => r.day)).toEqual(['2026-03-08', '2026-03-07']);
    expect(plan.zoneChanged).toBe(true);
    expect(plan.workspace?.timezone).toBe('America/New_York');
  });

  it('moves a re-delivered event out of its old day and into its new one', () => {
    const stored = { id: 'e1', userId: 'u1', ts: '2026-03-01T12:00:00Z', name: 'login' };
    const plan = fold([event('e1', '2026-03-02T12:00:00Z')], {
      workspace: { id: 'w', timezone: 'UTC' } as Workspace,
      storedEvents: new Map([['e1', stored]]),
    });
    const [left, arrived] = [...plan.rollups.values()];
    expect(left?.day).toBe('2026-03-01');
    expect(left && applyRollupOps(undefined, left.ops).touched).toBe(false);
    expect(arrived?.day).toBe('2026-03-02');
    expect(arrived && applyRollupOps(undefined, arrived.ops).value?.events).toBe(1);
  });

  it("puts the server's version of a row with a queued local write aside", () => {
    const note = {
      id: 'n1',
      title: 'T',
      body: 'B',
      type: 'Call',
      createdAt: '2026-03-01T00:00:00Z',
    };
    const plan = fold(
      [{ type: 'note', op: 'upsert', data: { ...note, updatedAt: note.createdAt } }],
      { guarded: new Set(['notes:n1']) },
    );
    expect(plan.rows.get('notes')).toBeUndefined();
    expect(plan.shadows.get('notes:n1')).toMatchObject({ table: 'notes', id: 'n1' });
  });
});
