import { describe, expect, it } from 'vitest';
import { parseChanges } from '@/lib/protocol/change';
import { entitySchemas, wireSchemas } from '@/lib/protocol/schemas';

const ws = { id: 'w', name: 'W' };

describe('account facts', () => {
  it('keeps arr, currency, plan, renewal date, owner and custom fields', () => {
    expect(
      entitySchemas.account.parse({
        id: 'a',
        name: 'Acme',
        arr: 120000,
        currency: 'eur',
        plan: 'Enterprise',
        renewalDate: '2027-03-31',
        ownerEmail: 'dana@team.example',
        customFields: { tier: 'gold', nps: 42 },
        future: true,
      }),
    ).toEqual({
      id: 'a',
      name: 'Acme',
      arr: 120000,
      currency: 'EUR',
      plan: 'Enterprise',
      renewalDate: '2027-03-31',
      ownerEmail: 'dana@team.example',
      customFields: { tier: 'gold', nps: 42 },
    });
  });

  it('drops a fact of the wrong shape and keeps the account', () => {
    expect(
      entitySchemas.account.parse({
        id: 'a',
        name: 'Acme',
        arr: -5,
        currency: 'euros',
        plan: null,
        renewalDate: '31/03/2027',
        ownerEmail: 7,
        customFields: 'x',
      }),
    ).toEqual({ id: 'a', name: 'Acme' });
  });
});

describe('workspace health', () => {
  it('keeps valid weights and thresholds', () => {
    const w = entitySchemas.workspace.parse({
      ...ws,
      health: { weights: { activeDays: 2, seats: 0 }, thresholds: { good: 75, atRisk: 40 } },
    });
    expect(w.health).toEqual({
      weights: { activeDays: 2, seats: 0 },
      thresholds: { good: 75, atRisk: 40 },
    });
  });

  it('leaves out bad weights, unknown signals and inverted thresholds', () => {
    const w = entitySchemas.workspace.parse({
      ...ws,
      health: {
        weights: { activeDays: -1, trend: 'high', recency: 3, mood: 4 },
        thresholds: { good: 30, atRisk: 60 },
      },
    });
    expect(w.health).toEqual({ weights: { recency: 3 } });
  });

  it('is absent when the workspace sends none or nonsense', () => {
    expect(entitySchemas.workspace.parse(ws).health).toBeUndefined();
    expect(entitySchemas.workspace.parse({ ...ws, health: null }).health).toBeUndefined();
    expect(entitySchemas.workspace.parse({ ...ws, health: [1] }).health).toBeUndefined();
  });
});

describe('enrollment progress', () => {
  const base = {
    id: 'e',
    cadenceId: 'c',
    userId: 'u',
    createdAt: '2026-11-02T09:00:00Z',
    status: 'active',
  };

  it('keeps the step, its times and who enrolled', () => {
    expect(
      entitySchemas.enrollment.parse({
        ...base,
        currentStep: 2,
        nextStepAt: '2026-11-10T10:00:00Z',
        lastStepAt: '2026-11-03T10:00:00Z',
        enrolledBy: 'dana@team.example',
      }),
    ).toEqual({
      ...base,
      currentStep: 2,
      nextStepAt: '2026-11-10T10:00:00Z',
      lastStepAt: '2026-11-03T10:00:00Z',
      enrolledBy: 'dana@team.example',
    });
  });

  it('is still an enrollment when the progress is unreadable', () => {
    expect(
      entitySchemas.enrollment.parse({ ...base, currentStep: 0, nextStepAt: 'soon', extra: 1 }),
    ).toEqual(base);
  });
});

describe('task', () => {
  const task = {
    id: 't',
    title: 'Call about renewal',
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
  };

  it('parses a whole task and defaults done to false', () => {
    expect(wireSchemas.task.parse({ ...task, dueDate: '2026-11-05', userId: 'u' })).toEqual({
      ...task,
      dueDate: '2026-11-05',
      userId: 'u',
      done: false,
    });
    expect(wireSchemas.task.parse({ ...task, done: true, assigneeEmail: null }).done).toBe(true);
  });

  it('refuses a task without a title or times', () => {
    expect(wireSchemas.task.safeParse({ ...task, title: undefined }).success).toBe(false);
    expect(wireSchemas.task.safeParse({ ...task, createdAt: 'yesterday' }).success).toBe(false);
  });

  it('is read past in a page without being reported while the client keeps no tasks', () => {
    const { changes, rejected } = parseChanges([
      { type: 'task', op: 'upsert', data: { ...task, done: false } },
      { type: 'task', op: 'delete', id: 't' },
      { type: 'cadence', op: 'upsert', data: { id: 'c', name: 'C', scope: 'team' } },
      { type: 'gadget', op: 'delete', id: 'g' },
    ]);
    expect(changes.map((c) => c.type)).toEqual(['cadence']);
    expect(rejected).toEqual([{ type: 'gadget', reason: 'unknown entity type "gadget"' }]);
  });
});
