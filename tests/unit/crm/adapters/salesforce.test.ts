import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { accountOn, personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const CONTACT = 'https://northwind.lightning.force.com/lightning/r/Contact/003Dm000009AdaLAAS/view';
const LEAD = 'https://acme.my.salesforce.com/lightning/r/Lead/00QDm000004GhXYMA0/view';
// Classic on the org's My Domain host (instance hosts like na42.salesforce.com are no longer
// matched: the extension asks only for Salesforce's app hosts).
const CLASSIC = 'https://northwind.my.salesforce.com/003Dm000009AdaL';

describe('Salesforce adapter', () => {
  it('reads the active Lightning contact, not the cached previous record or related lists', () => {
    expect(personOn(CONTACT, loadFixture('salesforce-lightning-contact.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ms. Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '003Dm000009AdaLAAS',
      noEmail: false,
    });
  });

  it('reads a Lightning lead on a My Domain host (mailto with a subject)', () => {
    expect(personOn(LEAD, loadFixture('salesforce-lightning-lead.html'))).toMatchObject({
      emails: ['grace.hopper@contoso.example'],
      name: 'Grace Hopper',
      title: 'Director of Engineering',
      company: 'Contoso',
      recordId: '00QDm000004GhXYMA0',
    });
  });

  it('reads a Classic contact page', () => {
    expect(personOn(CLASSIC, loadFixture('salesforce-classic-contact.html'))).toMatchObject({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      recordId: '003Dm000009AdaL',
    });
  });

  it.each([
    ['salesforce-lightning-contact.html', CONTACT],
    ['salesforce-lightning-lead.html', LEAD],
    ['salesforce-classic-contact.html', CLASSIC],
  ])('says "no email" for %s without the email', (file, url) => {
    const person = personOn(url, loadFixtureWithoutEmail(file));
    expect(person).toMatchObject({ emails: [], noEmail: true });
  });

  it('reads an account and its website domain', () => {
    const url = 'https://northwind.lightning.force.com/lightning/r/Account/001Dm000002CtsAAA/view';
    expect(accountOn(url, loadFixture('salesforce-lightning-account.html'))).toEqual({
      name: 'Contoso',
      domain: 'contoso.example',
      recordId: '001Dm000002CtsAAA',
    });
  });

  it('tells record kinds apart by object name or id prefix', () => {
    const doc = loadFixture('salesforce-lightning-contact.html');
    const host = 'https://x.lightning.force.com';
    expect(detectRecord(`${host}/lightning/r/003Dm000009AdaLAAS/view`, doc)).toMatchObject({
      ref: { kind: 'contact' },
    });
    expect(detectRecord(`${host}/lightning/r/Opportunity/006Dm000009AdaLAAS/view`, doc).state).toBe(
      'other',
    );
    expect(detectRecord(`${host}/lightning/o/Contact/list`, doc).state).toBe('other');
  });
});
