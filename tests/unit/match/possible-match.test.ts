import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { refreshUserStats } from '@/lib/db/derived';
import { META } from '@/lib/db/meta';
import { confirmDetection } from '@/lib/match/confirm-detection';
import { recordActedSighting, reportDetection } from '@/lib/match/tab-detections';
import type { CrmDetectedMessage } from '@/lib/messaging/detection-messages';
import { getTabDetection } from '@/lib/platform/tab-state';
import { NOW, seedUsers } from './seed-users';

// The careful fallback's possible match: no badge and no CRM sighting until the user says
// "Yes" in the panel; the answer is remembered per CRM record and holds on reload.

const URL_ = 'https://crm.zoho.com/crm/org123/tab/Contacts/777';
const possible: CrmDetectedMessage = {
  type: 'crm/detected',
  url: URL_,
  page: 'contact',
  possible: true,
  person: { emails: ['ada.lovelace@northwind.example'], name: 'Ada Lovelace', recordId: '777' },
};
const unread: CrmDetectedMessage = {
  type: 'crm/detected',
  url: URL_,
  page: 'contact',
  unread: true,
  visibleEmails: ['grace.hopper@contoso.example', 'sam.rivera@ourteam.example'],
  pageReport: 'crm.zoho.com /crm/org123/tab/Contacts/777\nmain#app',
};

/** Runs after every job queued for the tab so far (the sighting is written after the reply). */
const settled = (tabId: number) =>
  reportDetection(tabId, URL_, { type: 'crm/detected', url: URL_, page: 'contact', pending: true });

beforeEach(async () => {
  fakeBrowser.reset();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await seedUsers();
  await refreshUserStats(undefined, NOW);
});

describe('a possible match from the fallback', () => {
  it('shows no badge and records no sighting before the user confirms', async () => {
    expect(await reportDetection(5, URL_, possible, NOW)).toBeNull();
    expect(await getTabDetection(5)).toMatchObject({
      possible: true,
      match: { userId: 'u-ada', via: 'email' },
    });
    await settled(5);
    // Not even when the rep opens the panel on it or clicks a badge: it is only possible.
    await recordActedSighting(5, URL_, NOW);
    expect(await getDb().crmSightings.count()).toBe(0);
  });

  it('"Yes" shows the badge, sticks on reload, and still counts no sighting', async () => {
    await reportDetection(5, URL_, possible, NOW);
    const done = await confirmDetection({ type: 'crm/confirm', tabId: 5, userId: 'u-ada' }, NOW);
    expect(done?.badge?.chips.map((c) => c.text)).toEqual(['Power user', 'Active']);
    expect(await getTabDetection(5)).toMatchObject({
      confirmed: true,
      possible: false,
      match: { userId: 'u-ada', via: 'confirmed' },
    });
    // Reload: the page is read by the fallback again; the answer is remembered.
    const badge = await reportDetection(9, URL_, possible, NOW);
    expect(badge?.chips.map((c) => c.text)).toEqual(['Power user', 'Active']);
    expect(await getTabDetection(9)).toMatchObject({ confirmed: true });
    await settled(9);
    expect(await getDb().crmSightings.count()).toBe(0);
  });

  it('"No" is remembered too: search instead, never a badge', async () => {
    await reportDetection(5, URL_, possible, NOW);
    const done = await confirmDetection({ type: 'crm/confirm', tabId: 5 }, NOW);
    expect(done?.badge).toBeNull();
    expect(await reportDetection(9, URL_, possible, NOW)).toBeNull();
    expect(await getTabDetection(9)).toMatchObject({ rejected: true, match: { suggestions: [] } });
  });

  it('on an unread page, picks one of the emails the page shows, and only those', async () => {
    expect(await reportDetection(5, URL_, unread, NOW)).toBeNull();
    expect(await getTabDetection(5)).toMatchObject({
      unread: true,
      visibleEmails: ['grace.hopper@contoso.example', 'sam.rivera@ourteam.example'],
    });
    expect(
      await confirmDetection({
        type: 'crm/confirm',
        tabId: 5,
        email: 'ada.lovelace@northwind.example',
      }),
    ).toBeUndefined();
    const done = await confirmDetection({
      type: 'crm/confirm',
      tabId: 5,
      email: 'grace.hopper@contoso.example',
    });
    expect(done?.badge?.chips.map((c) => c.text)).toEqual(['Inactive']);
    expect(await getTabDetection(5)).toMatchObject({
      confirmed: true,
      unread: false,
      match: { userId: 'u-grace' },
    });
    expect((await getTabDetection(9))?.confirmed).toBeUndefined();
    await reportDetection(9, URL_, unread, NOW);
    expect(await getTabDetection(9)).toMatchObject({
      confirmed: true,
      match: { userId: 'u-grace' },
    });
  });

  it('a record read by an adapter layout counts a sighting once the rep acts on it', async () => {
    const layout = { ...possible, possible: undefined };
    await reportDetection(5, URL_, layout, NOW);
    await settled(5);
    expect(await getDb().crmSightings.count()).toBe(0);
    await reportDetection(5, URL_, layout, NOW);
    await recordActedSighting(5, URL_, NOW);
    expect(await getDb().crmSightings.get('u-ada')).toEqual({
      userId: 'u-ada',
      crm: 'zoho',
      recordId: '777',
      seenAt: NOW.toISOString(),
    });
  });
});

describe("the rep's own address", () => {
  it('is never a candidate: not in a possible match nor among the emails offered', async () => {
    await META.whoami.set({
      workspace: { id: 'w', name: 'Northwind' },
      user: { name: 'Sam Rivera', email: 'Sam.Rivera@ourteam.example' },
    });
    await reportDetection(
      5,
      URL_,
      {
        ...possible,
        person: {
          emails: ['sam.rivera@ourteam.example', 'ada.lovelace@northwind.example'],
          name: 'Ada Lovelace',
          recordId: '777',
        },
      },
      NOW,
    );
    expect((await getTabDetection(5))?.person?.emails).toEqual(['ada.lovelace@northwind.example']);
    await reportDetection(6, URL_, unread, NOW);
    expect((await getTabDetection(6))?.visibleEmails).toEqual(['grace.hopper@contoso.example']);
  });
});
