import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { accountOn, personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const RECORD = 'https://app.hubspot.com/contacts/21500012/record/0-1/501';
const LEGACY = 'https://app-eu1.hubspot.com/contacts/21500012/contact/502/';

describe('HubSpot adapter', () => {
  it('reads the contact on the record page, not the rep, the timeline or associations', () => {
    expect(personOn(RECORD, loadFixture('hubspot-contact.html'))).toEqual({
      emails: ['Ada.Lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '501',
      noEmail: false,
    });
  });

  it('reads the older contact profile on a regional host', () => {
    expect(personOn(LEGACY, loadFixture('hubspot-contact-legacy.html'))).toMatchObject({
      emails: ['grace.hopper@contoso.example'],
      name: 'Grace Hopper',
      title: 'Director of Engineering',
      company: 'Contoso',
      recordId: '502',
      noEmail: false,
    });
  });

  it.each([
    ['hubspot-contact.html', RECORD],
    ['hubspot-contact-legacy.html', LEGACY],
  ])('says "no email" for %s without the email, though decoys remain', (file, url) => {
    const person = personOn(url, loadFixtureWithoutEmail(file));
    expect(person.emails).toEqual([]);
    expect(person.noEmail).toBe(true);
  });

  it('reads a company record', () => {
    const url = 'https://app.hubspot.com/contacts/21500012/record/0-2/9001';
    expect(accountOn(url, loadFixture('hubspot-company.html'))).toEqual({
      name: 'Northwind Traders',
      domain: 'northwind.example',
      recordId: '9001',
    });
  });

  it('recognises record URLs and nothing else', () => {
    const doc = loadFixture('hubspot-contact.html');
    expect(
      detectRecord('https://app.hubspot.com/contacts/1/objects/0-1/views/all/list', doc),
    ).toEqual({
      state: 'other',
      crm: 'hubspot',
    });
    expect(
      detectRecord('https://app.hubspot.com.evil.example/contacts/1/record/0-1/2', doc),
    ).toEqual({ state: 'not-crm' });
    expect(detectRecord('https://app-na2.hubspot.com/contacts/1/contact/77', doc).state).toBe(
      'record',
    );
  });

  it('is pending while the record header has not rendered', () => {
    const doc = new DOMParser().parseFromString(
      '<body><nav>sam@ourteam.example</nav><div class="skeleton"></div></body>',
      'text/html',
    );
    expect(detectRecord(RECORD, doc)).toMatchObject({ state: 'pending', ref: { recordId: '501' } });
  });
});
