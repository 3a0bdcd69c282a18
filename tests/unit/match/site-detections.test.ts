import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { refreshUserStats } from '@/lib/db/derived';
import { confirmDetection } from '@/lib/match/confirm-detection';
import { reportDetection } from '@/lib/match/tab-detections';
import type { CrmDetectedMessage } from '@/lib/messaging/detection-messages';
import { getTabDetection } from '@/lib/platform/tab-state';
import { NOW, seedUsers } from './seed-users';

// What the worker makes of the opt-in sites' reports: a Gmail sender matched by email (badge,
// but no CRM sighting: an inbox is no CRM), the thread's people kept for the chooser; a
// LinkedIn profile only as candidates by name and company, confirmed per profile.

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkBtmlbWqHdPpJnKzxDcLws';
const PROFILE = 'https://www.linkedin.com/in/ada-lovelace-42/';
const settled = (tabId: number, url: string) =>
  reportDetection(tabId, url, { type: 'crm/detected', url, page: 'other' });

beforeEach(async () => {
  fakeBrowser.reset();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await seedUsers();
  await refreshUserStats(undefined, NOW);
});

describe('opt-in sites in the worker', () => {
  it('Gmail: the sender in view matched by email, the people kept, no CRM sighting', async () => {
    const message: CrmDetectedMessage = {
      type: 'crm/detected',
      url: THREAD,
      page: 'contact',
      person: { emails: ['ada.lovelace@northwind.example'], name: 'Ada Lovelace' },
      people: [
        { email: 'ada.lovelace@northwind.example', name: 'Ada Lovelace', role: 'from' },
        { email: 'grace.hopper@contoso.example', name: 'Grace Hopper', role: 'to' },
      ],
    };
    const badge = await reportDetection(3, THREAD, message, NOW);
    expect(badge?.chips.map((c) => c.text)).toContain('Active');
    expect(await getTabDetection(3)).toMatchObject({
      crm: 'gmail',
      person: { recordId: 'thread-FMfcgzQVxRkBtmlbWqHdPpJnKzxDcLws' },
      match: { userId: 'u-ada', via: 'email' },
      people: [{ role: 'from' }, { role: 'to' }],
    });
    await settled(3, THREAD);
    expect(await getDb().crmSightings.count()).toBe(0);
  });

  it('LinkedIn: candidates by name and company, no badge until the rep confirms', async () => {
    const message: CrmDetectedMessage = {
      type: 'crm/detected',
      url: PROFILE,
      page: 'contact',
      possible: true,
      person: { emails: [], name: 'Ada Lovelace', company: 'Northwind Traders' },
    };
    expect(await reportDetection(4, PROFILE, message, NOW)).toBeNull();
    expect(await getTabDetection(4)).toMatchObject({
      crm: 'linkedin',
      possible: true,
      match: { suggestions: ['u-ada'] },
    });
    const done = await confirmDetection({ type: 'crm/confirm', tabId: 4, userId: 'u-ada' }, NOW);
    expect(done?.badge?.chips.length).toBeGreaterThan(0);
    // Remembered for this profile: the next visit is the confirmed person at once.
    expect(await reportDetection(5, PROFILE, message, NOW)).not.toBeNull();
    await settled(5, PROFILE);
    expect(await getDb().crmSightings.count()).toBe(0);
  });

  it('a report from another site’s page is not believed', async () => {
    const message: CrmDetectedMessage = {
      type: 'crm/detected',
      url: THREAD,
      page: 'contact',
      person: { emails: ['ada.lovelace@northwind.example'] },
    };
    expect(await reportDetection(6, PROFILE, message, NOW)).toBeNull();
    expect(await getTabDetection(6)).toBeUndefined();
  });
});
