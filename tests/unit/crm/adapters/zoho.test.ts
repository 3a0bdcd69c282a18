import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const CONTACT = 'https://crm.zoho.eu/crm/org778899/tab/Contacts/5550000000001234';
const LEAD = 'https://crm.zoho.com/crm/tab/Leads/5550000000005678';

describe('Zoho CRM adapter', () => {
  it('reads a contact with primary and secondary email, skipping related lists', () => {
    expect(personOn(CONTACT, loadFixture('zoho-contact.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example', 'ada@lovelace.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '5550000000001234',
      noEmail: false,
    });
  });

  it('reads a lead in the canvas layout', () => {
    expect(personOn(LEAD, loadFixture('zoho-lead-canvas.html'))).toMatchObject({
      emails: ['grace.hopper@contoso.example'],
      name: 'Grace Hopper',
      company: 'Contoso',
      recordId: '5550000000005678',
    });
  });

  it.each([
    ['zoho-contact.html', CONTACT],
    ['zoho-lead-canvas.html', LEAD],
  ])('says "no email" for %s without the email', (file, url) => {
    expect(personOn(url, loadFixtureWithoutEmail(file))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });

  it('covers the regional hosts and accounts', () => {
    const doc = loadFixture('zoho-contact.html');
    for (const tld of ['com', 'eu', 'in', 'com.au'])
      expect(detectRecord(`https://crm.zoho.${tld}/crm/tab/Accounts/42`, doc)).toMatchObject({
        ref: { kind: 'account', recordId: '42' },
      });
    expect(detectRecord('https://crm.zoho.com/crm/tab/Deals/42', doc).state).toBe('other');
  });
});
