import { configure, render } from '@testing-library/react';
import { afterAll, beforeAll } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { recomputeDerived } from '@/lib/db/derived';
import { toStoredAccount, toStoredUser } from '@/lib/db/stored-keys';
import { addDays, today } from '@/lib/domain/time';
import type { ActivityDay, User } from '@/lib/domain/types';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { resetAccountTableStore } from '@/lib/panel/account-table-store';
import { resetPanelStore } from '@/lib/panel/panel-store';
import { workspaceRow } from '../../support/workspace-row';

// Shared set-up for the account view's component tests: a fresh fake IndexedDB per test, an
// account inserted with Dexie, derived stats computed by the real store, and the whole side
// panel rendered bound to a tab showing that account's CRM record.

// The CI machine is shared and often loaded: give async queries room beyond the 1 s default.
configure({ asyncUtilTimeout: 10_000 });

export const TODAY = today(new Date(), 'UTC');
export const daysAgo = (n: number) => addDays(TODAY, -n);
export const ACCOUNT_ID = 'acc-nw';

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

/**
 * jsdom lays nothing out: give the table's scroll box a panel-like size so the virtualiser
 * computes a real window of rows.
 */
export function stubTableViewport(height = 440, width = 400): void {
  const proto = HTMLElement.prototype;
  const original = {
    h: Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    w: Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
  };
  beforeAll(() => {
    Object.defineProperty(proto, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('account-table-scroll') ? height : 0;
      },
    });
    Object.defineProperty(proto, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('account-table-scroll') ? width : 0;
      },
    });
  });
  afterAll(() => {
    if (original.h) Object.defineProperty(proto, 'clientHeight', original.h);
    if (original.w) Object.defineProperty(proto, 'clientWidth', original.w);
  });
}

export function freshDb(): UserPageDB {
  const db = new UserPageDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  resetPanelStore();
  resetAccountTableStore();
  return db;
}

const activeDays = (userId: string, agoList: number[], events: number): ActivityDay[] =>
  agoList.map((n) => ({ userId, day: daysAgo(n), events, logins: 1, durationSec: 300 }));

const user = (id: string, first: string, last: string, extra: Partial<User> = {}): User => ({
  id,
  email: `${first.toLowerCase()}@northwind.example`,
  firstName: first,
  lastName: last,
  accountId: ACCOUNT_ID,
  createdAt: '2025-06-01T09:00:00Z',
  ...extra,
});

/**
 * Northwind (5 licences): Ada power + influencer (CRM contact), Bob and Cara active, Dan
 * inactive (last seen 40 days ago), Eve and Fay never used the product; Gus is deactivated and
 * Olga belongs to another account. Workspace: 4 active users, top 10% → k = 1 → only Ada (200).
 */
export async function seedAccount(): Promise<void> {
  const db = getDb();
  await db.workspace.put(
    workspaceRow({ noteTypes: ['General', 'Call', 'QBR'], activityGranularity: 'day' }),
  );
  await db.accounts.bulkPut([
    toStoredAccount({
      id: ACCOUNT_ID,
      name: 'Northwind Traders',
      domain: 'northwind.example',
      licenses: 5,
      crmIds: { hubspot: '9001' },
    }),
    toStoredAccount({ id: 'acc-other', name: 'Contoso', crmIds: { hubspot: '9002' } }),
  ]);
  await db.roles.bulkPut([
    { id: 'r-admin', name: 'Admin' },
    { id: 'r-viewer', name: 'Viewer' },
  ]);
  await db.personas.bulkPut([
    { id: 'p-champion', name: 'Champion' },
    { id: 'p-analyst', name: 'Analyst' },
  ]);
  await db.users.bulkPut(
    [
      user('u-ada', 'Ada', 'Lovelace', {
        crmContact: true,
        roleId: 'r-admin',
        personaId: 'p-champion',
        title: 'Head of Analytics',
      }),
      user('u-bob', 'Bob', 'Stone', { roleId: 'r-viewer', personaId: 'p-analyst' }),
      user('u-cara', 'Cara', 'Diaz', { roleId: 'r-viewer', title: 'Analyst' }),
      user('u-dan', 'Dan', 'Ortiz', { roleId: 'r-admin' }),
      user('u-eve', 'Eve', 'Moss'),
      user('u-fay', 'Fay', 'Quinn', { roleId: 'r-viewer' }),
      user('u-gus', 'Gus', 'Gone', { deactivated: true }),
      user('u-olga', 'Olga', 'Other', { accountId: 'acc-other' }),
    ].map(toStoredUser),
  );
  await db.activityDays.bulkPut([
    ...activeDays(
      'u-ada',
      Array.from({ length: 20 }, (_, i) => i),
      10,
    ),
    ...activeDays('u-bob', [1, 5, 9], 2),
    ...activeDays('u-cara', [0], 1),
    ...activeDays('u-dan', [40, 45], 3),
    ...activeDays('u-gus', [2], 50),
    ...activeDays('u-olga', [3], 5),
  ]);
  await recomputeDerived(new Date());
}

export function accountDetection(tabId: number, over: Partial<TabDetection> = {}): TabDetection {
  return {
    tabId,
    url: 'https://app.hubspot.com/contacts/123/record/0-2/9001',
    crm: 'hubspot',
    page: 'account',
    account: { name: 'Northwind Traders', domain: 'northwind.example', recordId: '9001' },
    accountMatch: { accountId: ACCOUNT_ID, via: 'crmId', suggestions: [] },
    detectedAt: new Date().toISOString(),
    ...over,
  };
}

/** Puts the tab's detection where the background keeps it and renders the panel bound to it. */
export async function renderAccountPanel(tabId = 7) {
  await fakeBrowser.storage.session.set({ [`tab:${tabId}`]: accountDetection(tabId) });
  return render(<SidePanelApp search={`?tabId=${tabId}`} />);
}
