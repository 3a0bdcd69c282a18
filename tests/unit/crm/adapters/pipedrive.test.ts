import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const PERSON = 'https://northwind-sales.pipedrive.com/person/501';
const CLASSIC = 'https://northwind-sales.pipedrive.com/person/502/';

describe('Pipedrive adapter', () => {
  it('reads the person view, ignoring the flow, related people and deals', () => {
    expect(personOn(PERSON, loadFixture('pipedrive-person.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '501',
      noEmail: false,
    });
  });

  it('reads the older detail view', () => {
    expect(personOn(CLASSIC, loadFixture('pipedrive-person-classic.html'))).toMatchObject({
      emails: ['grace.hopper@contoso.example'],
      name: 'Grace Hopper',
      company: 'Contoso',
      recordId: '502',
    });
  });

  it.each([
    ['pipedrive-person.html', PERSON],
    ['pipedrive-person-classic.html', CLASSIC],
  ])('says "no email" for %s without the email', (file, url) => {
    expect(personOn(url, loadFixtureWithoutEmail(file))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });

  it('recognises organizations and ignores other pages', () => {
    const doc = loadFixture('pipedrive-person.html');
    expect(detectRecord('https://x.pipedrive.com/organization/41', doc)).toMatchObject({
      ref: { kind: 'account', recordId: '41' },
    });
    expect(detectRecord('https://x.pipedrive.com/deal/7', doc).state).toBe('other');
  });
});
