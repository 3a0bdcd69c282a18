import { beforeEach, describe, expect, it } from 'vitest';
import { setDb, UserPageDB } from '@/lib/db/database';
import { matchPerson } from '@/lib/match/match-person';
import { ada, grace, linNoEmail, oldAda, seedUsers } from './seed-users';

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await seedUsers([ada, grace, linNoEmail, oldAda]);
});

describe('matchPerson', () => {
  it.each([
    'ada.lovelace@northwind.example',
    '  Ada.Lovelace@Northwind.EXAMPLE ',
    'mailto:ada.lovelace@northwind.example?subject=Hi',
  ])('matches %j by normalised email, preferring the live account', async (email) => {
    expect(await matchPerson('pipedrive', { emails: [email], name: 'Someone Else' })).toEqual({
      userId: 'u-ada',
      via: 'email',
      suggestions: [],
    });
  });

  it('keeps plus-addressing distinct', async () => {
    const match = await matchPerson('pipedrive', {
      emails: ['ada.lovelace+crm@northwind.example'],
    });
    expect(match.userId).toBeUndefined();
  });

  it("tries every email the record shows, then the user's id in that CRM", async () => {
    expect(
      await matchPerson('zoho', {
        emails: ['old@elsewhere.example', 'grace.hopper@contoso.example'],
      }),
    ).toMatchObject({ userId: 'u-grace', via: 'email' });
    expect(
      await matchPerson('salesforce', { emails: [], recordId: '003Dm000009LinCAAS' }),
    ).toMatchObject({ userId: 'u-lin', via: 'crmId' });
    // The id is only meaningful in its own CRM.
    expect(
      (await matchPerson('hubspot', { emails: [], recordId: '003Dm000009LinCAAS' })).userId,
    ).toBeUndefined();
  });

  it('only suggests users with the same name and company, never matches them', async () => {
    const seen = {
      emails: ['lin@personal.example'],
      name: 'Mr. Lin Chen',
      company: 'Northwind Traders Ltd',
    };
    expect(await matchPerson('hubspot', seen)).toEqual({ suggestions: ['u-lin'] });
    expect(await matchPerson('hubspot', { ...seen, company: 'Contoso' })).toEqual({
      suggestions: [],
    });
    expect(await matchPerson('hubspot', { emails: [], name: 'Chen, Lin' })).toEqual({
      suggestions: ['u-lin'],
    });
    expect(await matchPerson('hubspot', { emails: [], name: 'Lin Chenowith' })).toEqual({
      suggestions: [],
    });
  });

  it('matches a deactivated user when that is the only one', async () => {
    setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
    await seedUsers([oldAda]);
    expect(
      await matchPerson('hubspot', { emails: ['ada.lovelace@northwind.example'] }),
    ).toMatchObject({
      userId: 'u-ada-old',
    });
  });
});
