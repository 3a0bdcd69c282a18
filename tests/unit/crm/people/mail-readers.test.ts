import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGmail } from '@/lib/crm/people/gmail-reader';
import { readOutlook } from '@/lib/crm/people/outlook-reader';
import { isRoleAddress } from '@/lib/crm/people/people-on-page';

// Inbox pages modelled on public evidence (each fixture names its sources): the thread's
// people, the signed-in user never among them, lists, groups, "on behalf of" mailboxes and
// quoted earlier messages never read as people.

const load = (file: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(__dirname, '../../../fixtures/sites', file), 'utf8'),
    'text/html',
  );
const REP = 'sam.rivera@ourteam.example';
const THREAD = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkBtmlbWqHdPpJnKzxDcLws');
const OUTLOOK = new URL('https://outlook.office.com/mail/inbox/id/AAQkADmsg216');
const emails = (page: ReturnType<typeof readGmail>) => page?.people.map((p) => p.email);

describe('Gmail', () => {
  it('a thread: its people with their roles, the last sender in view, nobody else', () => {
    const page = readGmail(load('gmail-thread.html'), THREAD);
    expect(page?.key).toBe('thread-FMfcgzQVxRkBtmlbWqHdPpJnKzxDcLws');
    expect(page?.people).toEqual([
      { email: 'grace.hopper@contoso.example', name: 'Grace Hopper', role: 'from' },
      { email: 'ada.lovelace@northwind.example', name: 'Ada Lovelace', role: 'from' },
      { email: 'lin.chen@northwind.example', name: 'Lin Chen', role: 'to' },
    ]);
    expect(page?.inView?.email).toBe('ada.lovelace@northwind.example');
    expect(page?.anchor?.textContent).toBe('Ada Lovelace');
    const all = JSON.stringify(page?.people);
    for (const never of [REP, 'renewals@', 'all-staff@', 'paul.martin@', 'maria.garcia@'])
      expect(all).not.toContain(never);
  });

  it('the rep wrote last: no one in view, the rep chooses among the others', () => {
    const doc = load('gmail-thread.html');
    doc.querySelectorAll('.adn')[2]?.remove();
    const page = readGmail(doc, THREAD);
    expect(page?.inView).toBeUndefined();
    expect(emails(page)).toEqual(['grace.hopper@contoso.example']);
  });

  it('the signed-in user alone (with a list): nobody', () => {
    const doc = load('gmail-thread.html');
    for (const m of [...doc.querySelectorAll('.adn')].slice(1)) m.remove();
    doc.querySelector('.gD')?.setAttribute('email', REP);
    const page = readGmail(doc, THREAD);
    expect(page?.people).toEqual([]);
    expect(page?.inView).toBeUndefined();
  });

  it('a draft: its recipients; the inbox list: nothing', () => {
    const doc = load('gmail-thread.html');
    doc.querySelector('[role="main"]')?.remove();
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog"><div class="vR"><span class="vN" email="ada.lovelace@northwind.example" name="Ada Lovelace">Ada Lovelace</span></div><div class="vR"><span class="vN" email="${REP}">me</span></div></div>`,
    );
    const compose = readGmail(doc, new URL('https://mail.google.com/mail/u/0/#inbox?compose=new'));
    expect(compose).toMatchObject({
      key: 'draft',
      people: [{ email: 'ada.lovelace@northwind.example', role: 'draft' }],
      inView: { email: 'ada.lovelace@northwind.example' },
    });
    doc.querySelector('[role="dialog"]')?.remove();
    expect(readGmail(doc, new URL('https://mail.google.com/mail/u/0/#inbox'))).toBeUndefined();
  });
});

describe('Outlook on the web', () => {
  it('the open message: sender and recipients, not the mailbox it was sent on behalf of', () => {
    const page = readOutlook(load('outlook-message.html'), OUTLOOK);
    expect(page?.key).toBe('message-AAQkADmsg216');
    expect(page?.people).toEqual([
      { email: 'grace.hopper@contoso.example', name: 'Grace Hopper', role: 'from' },
      { email: 'ada.lovelace@northwind.example', name: 'Ada Lovelace', role: 'to' },
      { email: 'lin.chen@northwind.example', name: 'Lin Chen', role: 'cc' },
    ]);
    expect(page?.inView?.email).toBe('grace.hopper@contoso.example');
    const all = JSON.stringify(page?.people);
    for (const never of [REP, 'renewals@contoso', 'cs-team@', 'maria.garcia@'])
      expect(all).not.toContain(never);
  });

  it('the same reader on outlook.live.com and office365.com; nothing without a message', () => {
    const doc = load('outlook-message.html');
    for (const host of ['outlook.live.com', 'outlook.office365.com'])
      expect(
        readOutlook(doc, new URL(`https://${host}/mail/0/inbox/id/AAQk1`))?.people,
      ).toHaveLength(3);
    doc.querySelector('#ReadingPaneContainerId')?.remove();
    expect(readOutlook(doc, OUTLOOK)).toBeUndefined();
  });
});

describe('addresses of no one person', () => {
  it.each([
    ['renewals@lists.northwind.example', true],
    ['all-staff@northwind.example', true],
    ['noreply@contoso.example', true],
    ['support+123@contoso.example', true],
    ['cs-team@ourteam.example', true],
    ['ada.lovelace@northwind.example', false],
    ['allison.young@contoso.example', false],
  ])('%s → %s', (email, role) => {
    expect(isRoleAddress(email)).toBe(role);
  });
});
