import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

// The current pages of three CRMs, modelled on public code that reads them (each fixture's
// opening comment names its sources), with the decoys those pages have: the rep in the app's
// chrome, owners and note authors, related lists, the conversation stream.

const REP = 'sam.rivera@ourteam.example';
const ZOHO = 'https://crm.zoho.com/crm/org123/tab/Contacts/5550001';
const FRESHSALES = 'https://northwind.myfreshworks.com/crm/sales/contacts/9001';
const INTERCOM_TALK = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/216';
const INTERCOM_USER = 'https://app.intercom.com/a/apps/abc123/users/64f1a2b3c4d5e6f708192a3b';

describe.each([
  [
    'Zoho CRM Next Gen detail view',
    ZOHO,
    'zoho-contact-nextgen.html',
    {
      name: 'Ada Lovelace',
      emails: ['ada.lovelace@northwind.example'],
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '5550001',
    },
  ],
  [
    'Freshsales contact page',
    FRESHSALES,
    'freshsales-contact-entity-card.html',
    {
      name: 'Ada Lovelace',
      emails: ['ada.lovelace@northwind.example'],
      title: 'VP Operations',
      company: 'Northwind Traders',
      // "Click to add" in the Work field is no number; the mobile one is.
      phone: '+44 7700 900123',
      recordId: '9001',
    },
  ],
  [
    'Intercom inbox conversation: the person of the conversation',
    INTERCOM_TALK,
    'intercom-inbox-teammate-app.html',
    {
      name: 'Grace Hopper',
      emails: ['grace.hopper@contoso.example'],
      company: 'Contoso',
      recordId: 'conversation-216',
    },
  ],
  [
    'Intercom user profile',
    INTERCOM_USER,
    'intercom-user-profile.html',
    {
      name: 'Ada Lovelace',
      emails: ['ada.lovelace@northwind.example'],
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '64f1a2b3c4d5e6f708192a3b',
    },
  ],
])('%s', (_, url, file, expected) => {
  it('is read by a layout of the adapter: the record, not the rep or anyone around it', () => {
    const found = detectRecord(url, loadFixture(file));
    if (found.state !== 'record') throw new Error(`got ${found.state}`);
    expect(found.extraction.possible).toBeUndefined();
    expect(found.extraction.person).toEqual(expected);
  });

  it('says "no email" without the record’s email, and takes no other address', () => {
    const person = personOn(url, loadFixtureWithoutEmail(file));
    expect(person).toMatchObject({ name: expected.name, emails: [], noEmail: true });
    expect(JSON.stringify(person)).not.toContain(REP);
  });
});

describe('pages of these CRMs not yet rendered', () => {
  it.each([
    [ZOHO, 'zoho-contact-nextgen.html', '#headervalue_LASTNAME'],
    [FRESHSALES, 'freshsales-contact-entity-card.html', '.entity-card'],
  ])('%s: waits for the header, never reads the fields around it alone', (url, file, header) => {
    const doc = loadFixture(file);
    for (const el of doc.querySelectorAll(header)) el.remove();
    expect(detectRecord(url, doc).state).toBe('pending');
  });
});
