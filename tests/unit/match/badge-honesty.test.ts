import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { refreshUserStats } from '@/lib/db/derived';
import { META } from '@/lib/db/meta';
import { toStoredUser } from '@/lib/db/stored-keys';
import { reportDetection } from '@/lib/match/tab-detections';
import type { CrmDetectedMessage } from '@/lib/messaging/detection-messages';
import { setMeta } from '@/tests/support/meta-rows';
import { workspaceRow } from '../../support/workspace-row';
import { ada, NOW, seedUsers } from './seed-users';

// The CRM badge states no verdict it does not know: nothing before the first full sync, and
// no "Not a product user" for real contacts while the made-up demo workspace is loaded.

const HUBSPOT = 'https://app.hubspot.com/contacts/21500012/record/0-1/';
const contact = (id: string, email: string, name: string): CrmDetectedMessage => ({
  type: 'crm/detected',
  url: HUBSPOT + id,
  page: 'contact',
  person: { emails: [email], name, recordId: id },
});
const texts = (b: Awaited<ReturnType<typeof reportDetection>>) => b?.chips.map((c) => c.text);

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

describe('the badge during the first sync', () => {
  it('shows neither a type nor "Not a product user" until the derived data exists', async () => {
    // Users have arrived (first pages) but types are not worked out yet.
    await seedUsers();
    await setMeta('syncStatus', { phase: 'syncing', pulled: 1200, intervalMinutes: 5 });
    const matched = await reportDetection(
      1,
      `${HUBSPOT}501`,
      contact('501', ada.email ?? '', 'Ada'),
      NOW,
    );
    expect(texts(matched)).toEqual(['Syncing…']);
    expect(matched?.title).toMatch(/1,200 records so far/);
    const unknown = await reportDetection(2, `${HUBSPOT}9`, contact('9', 'x@y.example', 'X'), NOW);
    expect(texts(unknown)).toEqual(['Syncing…']);
    // The sync finishes: the verdicts appear.
    await refreshUserStats(undefined, NOW);
    expect(
      texts(await reportDetection(1, `${HUBSPOT}501`, contact('501', ada.email ?? '', 'Ada'), NOW)),
    ).toContain('Active');
    expect(
      texts(await reportDetection(2, `${HUBSPOT}9`, contact('9', 'x@y.example', 'X'), NOW)),
    ).toEqual(['Not a product user']);
  });
});

describe('the badge in demo mode', () => {
  it('calls a real contact "Demo data", not "Not a product user"', async () => {
    await getDb().workspace.put(workspaceRow({ id: 'demo', name: 'Demo' }));
    await getDb().users.put(toStoredUser({ ...ada, crmIds: {} }));
    await setMeta(META.derivedDay, '2026-11-20');
    const badge = await reportDetection(
      3,
      `${HUBSPOT}7`,
      contact('7', 'real@customer.example', 'Real Person'),
      NOW,
    );
    expect(texts(badge)).toEqual(['Demo data']);
    expect(badge?.title).toMatch(/made-up demo data/);
  });
});
