import type { QueryClient } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { recomputeDerived } from '@/lib/db/derived';
import { toStoredAccount, toStoredUser } from '@/lib/db/stored-keys';
import { addDays, today } from '@/lib/domain/time';
import type { ActivityDay, User } from '@/lib/domain/types';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { resetPanelStore } from '@/lib/panel/panel-store';
import { workspaceRow } from '../../support/workspace-row';

// Shared set-up for the panel's component tests: a fresh fake IndexedDB per test, a small
// workspace inserted with Dexie, derived stats computed by the real store, and the panel
// rendered bound to a tab whose detection sits in (fake) storage.session.

// The machine is shared with other builds: give async queries room before calling it a failure.
configure({ asyncUtilTimeout: 5_000 });

export const TODAY = today(new Date(), 'UTC');
export const daysAgo = (n: number) => addDays(TODAY, -n);

/** Recharts measures its container; jsdom has no ResizeObserver. */
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

export function freshDb(): UserPageDB {
  const db = new UserPageDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  resetPanelStore();
  return db;
}

export function day(userId: string, d: string, extra: Partial<ActivityDay> = {}): ActivityDay {
  return { userId, day: d, events: 5, logins: 1, durationSec: 600, ...extra };
}

export const ADA: User = {
  id: 'u-ada',
  email: 'ada@northwind.example',
  firstName: 'Ada',
  lastName: 'Lovelace',
  title: 'Head of Analytics',
  phone: '+44 20 7946 0018',
  timezone: 'Europe/London',
  accountId: 'acc-1',
  roleId: 'r-admin',
  personaId: 'p-champion',
  segment: 'Enterprise',
  createdAt: '2025-06-01T09:00:00Z',
  crmContact: true,
  crmIds: { hubspot: '456' },
  customFields: { Plan: 'Scale', Seats: 40, 'Beta tester': true },
};

/** Ada: active on 20 of the last 30 days; Bob: last seen 50 days ago; Zoe: never used it. */
export async function seedWorkspace(): Promise<void> {
  const db = getDb();
  await db.workspace.put(
    workspaceRow({ noteTypes: ['General', 'Call', 'QBR'], activityGranularity: 'day' }),
  );
  await db.accounts.put(
    toStoredAccount({ id: 'acc-1', name: 'Northwind Traders', domain: 'northwind.example' }),
  );
  await db.roles.bulkPut([
    { id: 'r-admin', name: 'Admin' },
    { id: 'r-viewer', name: 'Viewer' },
  ]);
  await db.personas.bulkPut([{ id: 'p-champion', name: 'Champion' }]);
  await db.users.bulkPut([
    toStoredUser(ADA),
    toStoredUser({
      id: 'u-bob',
      email: 'bob@northwind.example',
      firstName: 'Bob',
      lastName: 'Stone',
      accountId: 'acc-1',
      createdAt: '2025-01-01T00:00:00Z',
    }),
    toStoredUser({
      id: 'u-zoe',
      email: 'zoe@northwind.example',
      firstName: 'Zoe',
      lastName: 'Quinn',
      createdAt: '2026-01-05T00:00:00Z',
    }),
    toStoredUser({
      id: 'u-old',
      email: 'old@northwind.example',
      firstName: 'Adam',
      lastName: 'Gone',
      createdAt: '2024-01-05T00:00:00Z',
      deactivated: true,
    }),
  ]);
  const adaDays = Array.from({ length: 20 }, (_, i) =>
    day('u-ada', daysAgo(i), {
      events: 10 + i,
      logins: 2,
      features: { 'Report builder': 3 + (i % 3), Dashboards: 2 },
      modules: { Analytics: 4, Admin: 1 },
    }),
  );
  await db.activityDays.bulkPut([...adaDays, day('u-bob', daysAgo(50)), day('u-bob', daysAgo(52))]);
  await db.cadences.bulkPut([
    {
      id: 'c-onb',
      name: 'Onboarding follow-up',
      scope: 'personal',
      tags: ['onboarding'],
      stepCount: 4,
    },
    { id: 'c-qbr', name: 'QBR prep', scope: 'personal', tags: ['renewal'] },
    {
      id: 'c-team',
      name: 'Renewal nurture',
      scope: 'team',
      tags: ['renewal'],
      description: 'Six emails over a month',
    },
  ]);
  await recomputeDerived(new Date());
}

export function contactDetection(tabId: number, over: Partial<TabDetection> = {}): TabDetection {
  return {
    tabId,
    url: 'https://app.hubspot.com/contacts/123/record/0-1/456',
    crm: 'hubspot',
    page: 'contact',
    person: { emails: ['ada@northwind.example'], name: 'Ada Lovelace', recordId: '456' },
    match: { userId: 'u-ada', via: 'email', suggestions: [] },
    detectedAt: new Date().toISOString(),
    ...over,
  };
}

/** Puts the tab's detection where the background keeps it and renders the panel bound to it. */
export async function renderPanel(detection?: TabDetection, tabId = 7, client?: QueryClient) {
  if (detection) await fakeBrowser.storage.session.set({ [`tab:${tabId}`]: detection });
  return render(<SidePanelApp search={`?tabId=${tabId}`} {...(client ? { client } : {})} />);
}
