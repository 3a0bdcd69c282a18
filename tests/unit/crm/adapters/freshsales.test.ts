import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const URL = 'https://northwind.myfreshworks.com/crm/sales/contacts/16000501';

describe('Freshsales adapter', () => {
  it('reads the contact fields, not the timeline or related contacts', () => {
    expect(personOn(URL, loadFixture('freshsales-contact.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 7700 900123',
      recordId: '16000501',
      noEmail: false,
    });
  });

  it('says "no email" without the email', () => {
    expect(personOn(URL, loadFixtureWithoutEmail('freshsales-contact.html'))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });

  it('knows the older freshsales.io URLs and accounts', () => {
    const doc = loadFixture('freshsales-contact.html');
    expect(detectRecord('https://northwind.freshsales.io/contacts/42', doc)).toMatchObject({
      ref: { kind: 'contact', recordId: '42' },
    });
    expect(
      detectRecord('https://northwind.myfreshworks.com/crm/sales/accounts/7', doc),
    ).toMatchObject({ ref: { kind: 'account', recordId: '7' } });
  });
});
