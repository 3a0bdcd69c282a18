import { describe, expect, it } from 'vitest';
import { accountOn, personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const CONTACT = 'https://app.close.com/lead/lead_Nw9001/contact/cont_AdaLovelace501/';

describe('Close adapter', () => {
  it("reads the contact card named in the URL, not the lead's other contacts", () => {
    expect(personOn(CONTACT, loadFixture('close-lead.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      phone: '+44 20 7946 0123',
      recordId: 'cont_AdaLovelace501',
      noEmail: false,
    });
  });

  it('says "no email" when that card has none', () => {
    expect(personOn(CONTACT, loadFixtureWithoutEmail('close-lead.html'))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });

  it('reads the lead itself as the company', () => {
    expect(
      accountOn('https://app.close.com/lead/lead_Nw9001/', loadFixture('close-lead.html')),
    ).toEqual({
      name: 'Northwind Traders',
      domain: 'northwind.example',
      recordId: 'lead_Nw9001',
    });
  });
});
