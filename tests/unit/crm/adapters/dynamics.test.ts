import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import { personOn } from '../expect-detection';
import { loadFixture, loadFixtureWithoutEmail } from '../load-fixture';

const GUID = '8f1c2a4e-1b2c-4d5e-9f00-0a1b2c3d4e5f';
const CONTACT = `https://northwind.crm4.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=contact&id=%7B${GUID.toUpperCase()}%7D`;
const LEAD = `https://northwind.crm.dynamics.com/main.aspx?etn=lead&id=${GUID}&pagetype=entityrecord`;

describe('Dynamics 365 adapter', () => {
  it('reads the contact form fields (inputs), not the timeline or sub-grids', () => {
    expect(personOn(CONTACT, loadFixture('dynamics-contact.html'))).toEqual({
      emails: ['ada.lovelace@northwind.example'],
      name: 'Ada Lovelace',
      title: 'VP Operations',
      company: 'Northwind Traders',
      phone: '+44 20 7946 0123',
      recordId: GUID,
      noEmail: false,
    });
  });

  it('reads a lead', () => {
    expect(personOn(LEAD, loadFixture('dynamics-lead.html'))).toMatchObject({
      emails: ['Grace.Hopper@Contoso.example'],
      name: 'Grace Hopper',
      company: 'Contoso',
    });
  });

  it.each([
    ['dynamics-contact.html', CONTACT],
    ['dynamics-lead.html', LEAD],
  ])('says "no email" for %s without the email', (file, url) => {
    expect(personOn(url, loadFixtureWithoutEmail(file))).toMatchObject({
      emails: [],
      noEmail: true,
    });
  });

  it('needs an entity name and a GUID', () => {
    const doc = loadFixture('dynamics-contact.html');
    const base = 'https://northwind.crm.dynamics.com/main.aspx?pagetype=entityrecord';
    expect(detectRecord(`${base}&etn=account&id=${GUID}`, doc)).toMatchObject({
      ref: { kind: 'account' },
    });
    expect(detectRecord(`${base}&etn=opportunity&id=${GUID}`, doc).state).toBe('other');
    expect(detectRecord(`${base}&etn=contact&id=not-a-guid`, doc).state).toBe('other');
  });
});
