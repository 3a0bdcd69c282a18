import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const URL =
  'https://app.intercom.com/a/apps/abc123/users/64f1a2b3c4d5e6f708192a3b/all-conversations';

describe('Intercom adapter', () => {
  it('reads the user profile; a placeholder phone is no phone', () => {
    expect(personOn(URL, loadFixture('intercom-user.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      company: 'Northwind Traders',
      recordId: '64f1a2b3c4d5e6f708192a3b',
      noEmail: false,
    });
  });

  it('says "no email" without the email', () => {
    expect(personOn(URL, loadFixtureWithoutEmail('intercom-user.html'))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });

  it('recognises leads and companies', () => {
    const doc = loadFixture('intercom-user.html');
    expect(detectRecord('https://app.intercom.com/a/apps/abc/leads/0a1b', doc)).toMatchObject({
      ref: { kind: 'contact' },
    });
    expect(detectRecord('https://app.intercom.com/a/apps/abc/companies/0a1b', doc)).toMatchObject({
      ref: { kind: 'account' },
    });
  });
});
