import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { refreshUserStats } from '@/lib/db/derived';
import {
  recordActedSighting,
  refreshTabDetections,
  reportDetection,
} from '@/lib/match/tab-detections';
import type { CrmDetectedMessage } from '@/lib/messaging/detection-messages';
import { setDisabledCrms } from '@/lib/platform/crm-sites';
import { getTabDetection } from '@/lib/platform/tab-state';
import { ada, grace, NOW, oldAda, seedUsers } from './seed-users';

const HUBSPOT = 'https://app.hubspot.com/contacts/21500012/record/0-1/';
const contact = (id: string, emails: string[], name: string): CrmDetectedMessage => ({
  type: 'crm/detected',
  url: HUBSPOT + id,
  page: 'contact',
  person: { emails, name, recordId: id },
});

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await seedUsers();
  await refreshUserStats(undefined, NOW);
});

describe('reportDetection', () => {
  it('stores the match per tab and answers with the badge', async () => {
    const badge = await reportDetection(
      7,
      `${HUBSPOT}502`,
      contact('502', ['grace.hopper@contoso.example'], 'Grace Hopper'),
      NOW,
    );
    expect(badge?.chips.map((c) => c.text)).toEqual(['Inactive']);
    expect(await getTabDetection(7)).toMatchObject({
      tabId: 7,
      crm: 'hubspot',
      page: 'contact',
      person: { name: 'Grace Hopper', recordId: '502' },
      match: { userId: 'u-grace', via: 'email' },
    });
  });

  it('a report alone records no sighting: a page script can put any email in its DOM', async () => {
    await reportDetection(3, `${HUBSPOT}501`, contact('501', [ada.email ?? ''], 'Ada'), NOW);
    await refreshTabDetections(() => {});
    // A later job of the tab's queue: everything the report queued has run by then.
    await reportDetection(3, `${HUBSPOT}501`, contact('501', [ada.email ?? ''], 'Ada'), NOW);
    expect(await getDb().crmSightings.count()).toBe(0);
    expect((await getDb().userStats.get('u-ada'))?.types).toEqual(['power', 'active']);
  });

  it('records the sighting the rep acted on, persisted, so an active contact becomes an Influencer', async () => {
    const before = await getDb().userStats.get('u-ada');
    expect(before?.types).toEqual(['power', 'active']); // the only active user
    const badge = await reportDetection(
      3,
      `${HUBSPOT}501`,
      contact('501', ['ADA.LOVELACE@northwind.example'], 'Ada Lovelace'),
      NOW,
    );
    expect(badge?.chips.map((c) => c.text)).toEqual(['Power user', 'Active']);
    // The panel showed another record of the tab than the one now there: not this one.
    await recordActedSighting(3, `${HUBSPOT}502`, NOW);
    expect(await getDb().crmSightings.count()).toBe(0);
    await recordActedSighting(3, `${HUBSPOT}501`, NOW);
    expect(await getDb().crmSightings.get('u-ada')).toMatchObject({
      crm: 'hubspot',
      recordId: '501',
      seenAt: NOW.toISOString(),
    });
    expect((await getDb().userStats.get('u-ada'))?.types).toContain('influencer');
    const again = await reportDetection(
      3,
      `${HUBSPOT}501`,
      contact('501', ['ada.lovelace@northwind.example'], 'Ada Lovelace'),
      NOW,
    );
    expect(again?.chips.map((c) => c.text)).toEqual(['Power user', 'Influencer', 'Active']);
  });

  it('says "Deactivated" for a deactivated user and "No email found" for an empty record', async () => {
    setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
    await seedUsers([oldAda, grace]);
    await refreshUserStats(undefined, NOW);
    const deactivated = await reportDetection(
      1,
      `${HUBSPOT}9`,
      contact('9', [ada.email ?? ''], 'Ada Lovelace'),
      NOW,
    );
    expect(deactivated?.chips).toEqual([{ tone: 'deactivated', text: 'Deactivated' }]);
    const empty = await reportDetection(1, `${HUBSPOT}10`, contact('10', [], 'Nobody Known'), NOW);
    expect(empty?.chips).toEqual([{ tone: 'none', text: 'No email found' }]);
    expect(await getTabDetection(1)).toMatchObject({ noEmail: true, match: { suggestions: [] } });
  });

  it('takes the CRM, page and record id from the URL, not from the message', async () => {
    const lying = {
      ...contact('501', ['x@y.example'], 'X'),
      person: { emails: ['x@y.example'], recordId: '999' },
    };
    await reportDetection(4, `${HUBSPOT}501`, lying, NOW);
    expect((await getTabDetection(4))?.person?.recordId).toBe('501');
    // A report for another origin than the sender's page, or a page kind that the URL denies.
    expect(
      await reportDetection(
        5,
        'https://app.hubspot.com/',
        { ...lying, url: 'https://evil.example/contacts/1/record/0-1/2' },
        NOW,
      ),
    ).toBeNull();
    expect(
      await reportDetection(5, `${HUBSPOT}501`, { ...lying, page: 'account' }, NOW),
    ).toBeNull();
    expect(await getTabDetection(5)).toBeUndefined();
  });

  it('keeps reports of one tab in order: the last navigation wins', async () => {
    const first = reportDetection(
      9,
      `${HUBSPOT}501`,
      contact('501', [ada.email ?? ''], 'Ada Lovelace'),
      NOW,
    );
    const second = reportDetection(
      9,
      `${HUBSPOT}502`,
      contact('502', [grace.email ?? ''], 'Grace Hopper'),
      NOW,
    );
    await Promise.all([first, second]);
    expect((await getTabDetection(9))?.match?.userId).toBe('u-grace');
  });

  it('follows nobody on a CRM the user switched off', async () => {
    await setDisabledCrms(['hubspot']);
    const message = contact('501', [ada.email ?? ''], 'Ada');
    expect(await reportDetection(2, `${HUBSPOT}501`, message, NOW)).toBeNull();
    const stored = await getTabDetection(2);
    expect(stored).toMatchObject({ crm: 'hubspot', page: 'other' });
    expect(stored?.person).toBeUndefined();
    expect(await getDb().crmSightings.count()).toBe(0);
  });

  it('re-matches open tabs after a sync brings the user in, and pushes the new badge', async () => {
    setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
    const before = await reportDetection(
      6,
      `${HUBSPOT}502`,
      contact('502', [grace.email ?? ''], 'Grace Hopper'),
      NOW,
    );
    // Nothing synced yet: no verdict, not "Not a product user".
    expect(before?.chips).toEqual([{ tone: 'none', text: 'Syncing…' }]);
    await seedUsers();
    await refreshUserStats(undefined, NOW);
    const sent: unknown[] = [];
    await refreshTabDetections((tabId, update) => sent.push([tabId, update]));
    expect(sent).toEqual([
      [
        6,
        {
          type: 'crm/badge',
          url: `${HUBSPOT}502`,
          badge: expect.objectContaining({ chips: [{ tone: 'inactive', text: 'Inactive' }] }),
        },
      ],
    ]);
    expect((await getTabDetection(6))?.match?.userId).toBe('u-grace');
  });
});
