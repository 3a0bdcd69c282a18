import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const URL =
  'https://app.copper.com/companies/112233/app#/browse/list/people/default?fullProfile=people-501';

describe('Copper adapter', () => {
  it('reads the full profile from a hash route, not the list behind it', () => {
    expect(personOn(URL, loadFixture('copper-person.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '501',
      noEmail: false,
    });
  });

  it('says "no email" without the email', () => {
    expect(personOn(URL, loadFixtureWithoutEmail('copper-person.html'))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });

  it('reads record ids from either hash form', () => {
    const doc = loadFixture('copper-person.html');
    expect(detectRecord('https://app.copper.com/companies/1/app#/people/77', doc)).toMatchObject({
      ref: { kind: 'contact', recordId: '77' },
    });
    expect(detectRecord('https://app.copper.com/companies/1/app#/companies/9', doc)).toMatchObject({
      ref: { kind: 'account', recordId: '9' },
    });
    expect(
      detectRecord('https://app.copper.com/companies/1/app#/browse/list/people', doc).state,
    ).toBe('other');
  });
});
