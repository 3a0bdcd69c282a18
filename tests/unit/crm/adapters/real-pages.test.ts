import { describe, expect, it } from 'vitest';
import { salesforce } from '@/lib/crm/adapters/salesforce';
import { detectRecord } from '@/lib/crm/detect-record';
import { fallbackExtract, visibleEmails } from '@/lib/crm/fallback-extract';
import { pageReport } from '@/lib/crm/page-report';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

// Pages modelled on public evidence of the live CRMs (each fixture's opening comment names its
// sources), with the decoys real pages have. Each must give the right person, or a clear "not
// found": never another person of the page.

const OTHERS = [
  'grace.hopper@contoso.example',
  'sam.rivera@ourteam.example',
  'lin.chen@northwind.example',
];

const PIPEDRIVE = 'https://northwind.pipedrive.com/person/501';
const SF_NATIVE =
  'https://northwind.lightning.force.com/lightning/r/Contact/003Dm000009AdaLAAS/view';
const SF_CONSOLE =
  'https://northwind.lightning.force.com/lightning/r/Contact/003Dm000009AdaLAAS/view?ws=%2Fx';
const DYNAMICS =
  'https://northwind.crm4.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=contact&id=%7B5a1b2c3d-0000-4000-8000-00000000a11c%7D';
const HUBSPOT = 'https://app-eu1.hubspot.com/contacts/21500012/record/0-1/501';
const ZOHO_JP = 'https://crm.zoho.jp/crm/tab/Contacts/5550001';
const FRESHSALES = 'https://northwind.myfreshworks.com/crm/sales/contacts/9001';
const INTERCOM = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215';

describe('layouts on pages modelled on the live CRMs', () => {
  it('Pipedrive: the visible person, not the previous one kept hidden before it', () => {
    const person = personOn(PIPEDRIVE, loadFixture('pipedrive-person-hidden-previous.html'));
    expect(person).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada.lovelace@northwind.example'],
      company: 'Northwind Traders',
      phone: '+49 30 901820',
      recordId: '501',
    });
    const without = personOn(
      PIPEDRIVE,
      loadFixtureWithoutEmail('pipedrive-person-hidden-previous.html'),
    );
    expect(without).toMatchObject({ name: 'Ada Lovelace', emails: [], noEmail: true });
  });

  it('Salesforce on native shadow DOM: the active record, read through shadow roots', () => {
    const person = personOn(SF_NATIVE, loadFixture('salesforce-native-shadow.html'));
    expect(person).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada.lovelace@northwind.example'],
      recordId: '003Dm000009AdaLAAS',
    });
    const without = personOn(SF_NATIVE, loadFixtureWithoutEmail('salesforce-native-shadow.html'));
    expect(without).toMatchObject({ name: 'Ada Lovelace', emails: [], noEmail: true });
  });

  it('Salesforce native shadow, name slotted into the h1: the record, never the rep', () => {
    const doc = loadFixture('salesforce-native-shadow-slotted.html');
    expect(personOn(SF_NATIVE, doc)).toMatchObject({
      name: 'Priya Raman',
      emails: ['priya.raman@northwind.example'],
      phone: '+49 30 901820',
    });
    const without = personOn(
      SF_NATIVE,
      loadFixtureWithoutEmail('salesforce-native-shadow-slotted.html'),
    );
    expect(without).toMatchObject({ name: 'Priya Raman', emails: [], noEmail: true });
  });

  it('Salesforce native shadow under the careful fallback: the name without "Contact", no rep', () => {
    const ref = { kind: 'contact' as const, recordId: '003Dm000009AdaLAAS' };
    const doc = loadFixture('salesforce-native-shadow-slotted.html');
    const found = fallbackExtract(doc, ref, salesforce);
    expect(found?.person).toMatchObject({
      name: 'Priya Raman',
      emails: ['priya.raman@northwind.example'],
    });
    expect(visibleEmails(doc, salesforce.self)).not.toContain('sam.rivera@ourteam.example');
    expect(visibleEmails(doc, salesforce.self)).toContain('priya.raman@northwind.example');
    // The rep's card gone from the page: its heading no longer comes first, and the label goes.
    doc.querySelector('.uiPanel')?.remove();
    expect(fallbackExtract(doc, ref)?.person?.name).toBe('Priya Raman');
    // Without the record's own email the rep's address is still no candidate: nothing is.
    const bare = loadFixtureWithoutEmail('salesforce-native-shadow-slotted.html');
    expect(fallbackExtract(bare, ref, salesforce)).toBeUndefined();
  });

  it('Salesforce console: the active tab, not the one in the background', () => {
    expect(personOn(SF_CONSOLE, loadFixture('salesforce-console-tabs.html'))).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada.lovelace@northwind.example'],
    });
  });

  it('Dynamics 365: the name from the title, without the save state', () => {
    const doc = loadFixture('dynamics-contact-saved.html');
    expect(personOn(DYNAMICS, doc)).toMatchObject({
      name: 'Olivia Martin',
      emails: ['olivia.martin@fabrikam.example'],
    });
    doc.querySelector('h1')?.removeAttribute('title');
    expect(personOn(DYNAMICS, doc).name).toBe('Olivia Martin');
  });

  it('HubSpot (German UI): the email from the highlight card when the Email row is gone', () => {
    expect(personOn(HUBSPOT, loadFixture('hubspot-contact-no-email-row.html'))).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada.lovelace@northwind.example'],
      phone: '+44 20 7946 0123',
      title: 'VP Operations',
      company: 'Northwind Traders',
    });
    expect(
      personOn(HUBSPOT, loadFixtureWithoutEmail('hubspot-contact-no-email-row.html')),
    ).toMatchObject({ emails: [], noEmail: true });
  });
});

describe('the careful fallback on layouts the adapters do not know', () => {
  it('waits for the layouts first: no fallback before its time', () => {
    expect(detectRecord(ZOHO_JP, loadFixture('zoho-contact-current-ja.html')).state).toBe(
      'pending',
    );
  });

  it.each([
    ['zoho-contact-current-ja.html', ZOHO_JP, 'Maya Chen', 'maya.chen@northwind.example'],
    ['freshsales-contact-current-fr.html', FRESHSALES, 'Jean Dupont', 'jean.dupont@lyon.example'],
  ])('%s: a possible match with the record’s own email only', (file, url, name, email) => {
    const found = detectRecord(url, loadFixture(file), { fallback: true });
    if (found.state !== 'record') throw new Error(`got ${found.state}`);
    expect(found.extraction.possible).toBe(true);
    expect(found.extraction.person).toMatchObject({ name, emails: [email] });
    expect(found.extraction.person?.emails).not.toContain(OTHERS[0]);
  });

  it.each([
    ['zoho-contact-current-ja.html', ZOHO_JP],
    ['freshsales-contact-current-fr.html', FRESHSALES],
  ])('%s without the email: "not read", never another person', (file, url) => {
    expect(detectRecord(url, loadFixtureWithoutEmail(file), { fallback: true }).state).toBe(
      'unread',
    );
  });

  it('Intercom inbox in a shadow root: not read; the visible emails are offered', () => {
    const doc = loadFixture('intercom-inbox-conversation.html');
    const found = detectRecord(INTERCOM, doc, { fallback: true });
    expect(found).toMatchObject({
      state: 'unread',
      ref: { kind: 'contact', recordId: 'conversation-215' },
    });
    expect(visibleEmails(doc)).toEqual(
      expect.arrayContaining(['maya.chen@northwind.example', 'billing@northwind.example']),
    );
    expect(visibleEmails(doc)).not.toContain('grace.hopper@contoso.example');
  });
});

describe('the page report', () => {
  it.each([
    ['zoho-contact-current-ja.html', ZOHO_JP, ['Maya', 'Chen', 'maya.chen', 'Lin Chen']],
    ['intercom-inbox-conversation.html', INTERCOM, ['Maya', 'maya.chen', 'Billing question']],
    ['salesforce-native-shadow.html', SF_NATIVE, ['Ada', 'Lovelace', 'ada.lovelace']],
  ])('%s: structure only, no name or email of the page', (file, url, words) => {
    const report = pageReport(loadFixture(file), new URL(url));
    expect(report).toContain('div');
    expect(report.split('\n').length).toBeGreaterThan(5);
    expect(report).not.toMatch(/@/);
    for (const word of [...words, 'Sam', 'Rivera', 'Grace', 'Hopper', 'northwind'])
      expect(report.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it('keeps code names and data-* attribute names, and drops those that hold page words', () => {
    const doc = new DOMParser().parseFromString(
      '<title>Maya Chen</title><main id="app" class="dv-view contact-maya" data-record="x" data-maya-chen="1"><h1>Maya Chen</h1></main>',
      'text/html',
    );
    const report = pageReport(doc, new URL(ZOHO_JP));
    expect(report).toContain('main#app.dv-view[data-record]');
    expect(report).not.toContain('maya');
  });
});
