import { describe, expect, it } from 'vitest';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const URL = 'https://app.attio.com/ourteam/person/5b8f0c7e-2d4a-4f1e-9c3b-7a6d5e4f3a2b';

describe('Attio adapter', () => {
  it('reads the person record, ignoring the connection, activity and emails tabs', () => {
    expect(personOn(URL, loadFixture('attio-person.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: '5b8f0c7e-2d4a-4f1e-9c3b-7a6d5e4f3a2b',
      noEmail: false,
    });
  });

  it('says "no email" without the email', () => {
    expect(personOn(URL, loadFixtureWithoutEmail('attio-person.html'))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });
});
