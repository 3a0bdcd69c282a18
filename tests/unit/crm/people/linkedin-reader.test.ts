import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLinkedIn } from '@/lib/crm/people/linkedin-reader';

// LinkedIn shows no email: a name and a company only, for candidates the rep confirms.

const load = (file: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(__dirname, '../../../fixtures/sites', file), 'utf8'),
    'text/html',
  );

describe('LinkedIn', () => {
  it('a profile: its name and current company, keyed by the profile', () => {
    const page = readLinkedIn(
      load('linkedin-profile.html'),
      new URL('https://www.linkedin.com/in/ada-lovelace-42/'),
    );
    expect(page).toMatchObject({
      key: 'in-ada-lovelace-42',
      people: [{ name: 'Ada Lovelace', company: 'Northwind Traders', role: 'profile' }],
    });
    expect(page?.people[0]?.email).toBeUndefined();
  });

  it('a Sales Navigator lead: the lead, not the related leads or the signed-in member', () => {
    const page = readLinkedIn(
      load('linkedin-sales-lead.html'),
      new URL('https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,x4Zq'),
    );
    expect(page).toMatchObject({
      key: 'lead-ACwAAB12',
      people: [{ name: 'Grace Hopper', company: 'Contoso' }],
    });
  });

  it('the feed, a profile not yet rendered: nobody', () => {
    const doc = load('linkedin-profile.html');
    expect(readLinkedIn(doc, new URL('https://www.linkedin.com/feed/'))).toBeUndefined();
    doc.querySelector('main')?.remove();
    expect(readLinkedIn(doc, new URL('https://www.linkedin.com/in/ada-lovelace-42/'))).toEqual({
      key: 'in-ada-lovelace-42',
      people: [],
    });
  });
});
