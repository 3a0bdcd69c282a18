import type { SyncServerState } from './sync-server-state';

// A small, realistic workspace for sync tests (unit and end-to-end).

export const SEED_NOW = new Date('2026-11-20T12:00:00Z');

/** A small realistic workspace: 2 accounts, 6 users, events over 40 days, notes, a cadence. */
export function seedWorkspace(state: SyncServerState, now: Date = SEED_NOW): void {
  const day = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
  state.upsert('workspace', {
    id: 'w1',
    name: 'Acme CS',
    timezone: 'America/New_York',
    extra: 'ignored',
  });
  state.upsert('account', {
    id: 'a1',
    name: 'Globex',
    domain: 'globex.com',
    crmIds: { hubspot: '11' },
  });
  state.upsert('account', { id: 'a2', name: 'Initech', domain: null, licenses: 20 });
  state.upsert('role', { id: 'r1', name: 'Admin' });
  state.upsert('persona', { id: 'p1', name: 'Champion', description: 'Pushes for us' });
  state.upsert('cadence', { id: 'c1', name: 'Onboarding', scope: 'team', tags: ['new'] });
  for (let u = 1; u <= 6; u++)
    state.upsert('user', {
      id: `u${u}`,
      email: ` User${u}@Example.com `,
      firstName: `First${u}`,
      lastName: null,
      accountId: u <= 3 ? 'a1' : 'a2',
      createdAt: day(90),
      crmContact: u === 1,
      ...(u === 2 ? { roleId: 'r1' } : {}),
    });
  let n = 0;
  for (let u = 1; u <= 4; u++)
    for (let d = 0; d < 40; d += u)
      state.upsert('event', {
        id: `e${++n}`,
        userId: `u${u}`,
        ts: day(d),
        name: d % 3 === 0 ? 'login' : 'report_viewed',
        feature: d % 2 ? 'reports' : 'dashboards',
        module: 'analytics',
        durationSec: 60,
      });
  state.upsert('note', {
    id: 'n1',
    userId: 'u1',
    title: 'Kick-off',
    body: 'Went well',
    type: 'Meeting',
    createdAt: day(5),
    updatedAt: day(5),
  });
  state.upsert('enrollment', {
    id: 'en1',
    cadenceId: 'c1',
    userId: 'u3',
    createdAt: day(3),
    status: 'active',
  });
}
