import type { SyncServerState } from '../support/sync-server';

// The workspace the panel end-to-end test syncs: Ada Lovelace (the HubSpot fixture's contact)
// is the most active of a dozen users, with a quiet spell that gives her milestones, plus
// roles, personas, cadences and a colleague's note. Days are relative to `now` (UTC).

const DAY_MS = 86_400_000;
const dayAgo = (now: Date, n: number) =>
  new Date(now.getTime() - n * DAY_MS).toISOString().slice(0, 10);

const FEATURES = ['Report builder', 'Dashboards', 'Alerts', 'CSV export', 'Segments', 'Funnels'];
const MODULES = ['Analytics', 'Admin', 'Data', 'Billing'];

export function seedPanelWorkspace(state: SyncServerState, now: Date): void {
  state.upsert('workspace', {
    id: 'acme',
    name: 'Acme Analytics',
    timezone: 'UTC',
    activityWindowDays: 30,
    powerUserTopPercent: 10,
    noteTypes: ['General', 'Call', 'Meeting', 'QBR'],
    activityGranularity: 'day',
  });
  state.upsert('account', {
    id: 'acc-northwind',
    name: 'Northwind Traders',
    domain: 'northwind.example',
    licenses: 40,
    crmIds: { hubspot: '9001' },
  });
  for (const [id, name] of [
    ['r-admin', 'Admin'],
    ['r-analyst', 'Analyst'],
    ['r-viewer', 'Viewer'],
  ])
    state.upsert('role', { id, name });
  for (const [id, name] of [
    ['p-champion', 'Champion'],
    ['p-buyer', 'Economic buyer'],
  ])
    state.upsert('persona', { id, name });
  state.upsert('user', {
    id: 'u-ada',
    email: 'ada.lovelace@northwind.example',
    firstName: 'Ada',
    lastName: 'Lovelace',
    title: 'VP Operations',
    phone: '+44 20 7946 0123',
    timezone: 'Europe/London',
    accountId: 'acc-northwind',
    roleId: 'r-analyst',
    personaId: 'p-champion',
    segment: 'Enterprise',
    createdAt: '2025-03-14T09:30:00Z',
    crmContact: true,
    crmIds: { hubspot: '501' },
    customFields: { Plan: 'Scale', 'NPS score': 9, 'Beta programme': true },
  });
  // Ada: daily use from 140 to 76 days ago, quiet for 31 days (inactive from 46 days ago),
  // back daily since 44 days ago.
  for (let n = 0; n <= 140; n += 1) {
    if (n >= 45 && n <= 75) continue;
    if (n % 7 === 5) continue; // weekends off, roughly
    const events = 30 + ((n * 7) % 25);
    state.upsert('activityDay', {
      userId: 'u-ada',
      day: dayAgo(now, n),
      events,
      logins: 1 + (n % 3),
      durationSec: 1200 + ((n * 137) % 2400),
      features: Object.fromEntries(
        FEATURES.map((f, i) => [f, Math.max(0, events - i * 5 - (n % 4))]),
      ),
      modules: Object.fromEntries(MODULES.map((m, i) => [m, Math.max(1, 20 - i * 6 + (n % 3))])),
    });
  }
  const others = [
    'Lin Chen',
    'Grace Hopper',
    'Alan Turing',
    'Edsger Dijkstra',
    'Barbara Liskov',
    'Ken Thompson',
    'Donald Knuth',
    'Frances Allen',
    'John Backus',
    'Radia Perlman',
    'Margaret Hamilton',
  ];
  others.forEach((full, i) => {
    const [firstName, lastName] = full.split(' ');
    const id = `u-${(firstName ?? '').toLowerCase()}`;
    state.upsert('user', {
      id,
      email: `${(firstName ?? '').toLowerCase()}@northwind.example`,
      firstName,
      lastName,
      accountId: 'acc-northwind',
      roleId: 'r-viewer',
      createdAt: '2025-06-01T09:00:00Z',
    });
    if (i >= 9) return; // two who never used the product
    for (let n = i * 3; n < 40 + i * 10; n += 3 + (i % 3))
      state.upsert('activityDay', {
        userId: id,
        day: dayAgo(now, n),
        events: 2 + i,
        logins: 1,
        durationSec: 300,
      });
  });
  state.upsert('cadence', {
    id: 'c-onboarding',
    name: 'Onboarding check-in',
    scope: 'personal',
    tags: ['onboarding'],
    stepCount: 3,
  });
  state.upsert('cadence', {
    id: 'c-qbr',
    name: 'QBR invitation',
    scope: 'personal',
    tags: ['renewal', 'exec'],
    stepCount: 2,
  });
  state.upsert('cadence', {
    id: 'c-nurture',
    name: 'Renewal nurture',
    scope: 'team',
    tags: ['renewal'],
    description: 'Six emails over a month before renewal',
    stepCount: 6,
  });
  state.upsert('enrollment', {
    id: 'e-past',
    cadenceId: 'c-onboarding',
    userId: 'u-ada',
    createdAt: '2025-03-20T10:00:00Z',
    status: 'completed',
  });
  const noteAt = new Date(now.getTime() - 3 * DAY_MS).toISOString();
  state.upsert('note', {
    id: 'n-kickoff',
    userId: 'u-ada',
    title: 'Quarterly check-in',
    body: 'Uses the report builder daily.\nAsked about SSO for the whole team.',
    type: 'Call',
    author: 'Lin Park',
    createdAt: noteAt,
    updatedAt: noteAt,
  });
}
