import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrmAdapter } from '@/lib/crm/adapter';
import { gmail } from '@/lib/crm/adapters/gmail';
import { linkedin } from '@/lib/crm/adapters/linkedin';
import type { DetectionReport } from '@/lib/crm/detection-loop';
import { readGmail } from '@/lib/crm/people/gmail-reader';
import { readLinkedIn } from '@/lib/crm/people/linkedin-reader';
import { startSiteLoop } from '@/lib/crm/people/site-loop';
import type { BadgeView } from '@/lib/domain/badge-view';

// The opt-in sites' loop in jsdom: what it tells the worker on a thread, after a client-side
// navigation to a second thread, for the signed-in user alone, and on a LinkedIn profile.

const html = (file: string) =>
  readFileSync(join(__dirname, '../../../fixtures/sites', file), 'utf8').replace(
    /^[\s\S]*?<body>|<\/body>[\s\S]*$/g,
    '',
  );
const view = (text: string): BadgeView => ({ chips: [{ tone: 'active', text }], title: text });
const THREAD_A = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkBtmlbWqHdPpJnKzxDcLws';
const THREAD_B = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkBtmlbWqHdPpJnKzxDcLwZ';

let reports: DetectionReport[];
const go = (url: string) => vi.stubGlobal('location', new URL(url));
const start = (adapter: CrmAdapter = gmail, read = readGmail) =>
  startSiteLoop({
    win: window,
    adapter,
    read,
    report: async (r) => {
      reports.push(r);
      return r.person?.emails[0] && !r.possible ? view('Power user') : null;
    },
    openPanel: () => {},
  });

beforeEach(() => {
  reports = [];
  document.body.innerHTML = html('gmail-thread.html');
});
afterEach(() => vi.unstubAllGlobals());

describe('an opt-in site’s loop', () => {
  it('a thread: the sender in view with the thread’s people; then a second thread', async () => {
    go(THREAD_A);
    const loop = start();
    loop.checkNow();
    await Promise.resolve();
    expect(reports.at(-1)).toMatchObject({
      page: 'contact',
      person: { emails: ['ada.lovelace@northwind.example'], name: 'Ada Lovelace' },
      people: [
        { email: 'grace.hopper@contoso.example' },
        { email: 'ada.lovelace@northwind.example' },
        { email: 'lin.chen@northwind.example' },
      ],
    });
    expect(document.querySelectorAll('[data-user-type-badge]')).toHaveLength(1);

    // Gmail swaps the thread without a page load: only Grace wrote this one.
    for (const m of [...document.querySelectorAll('.adn')].slice(1)) m.remove();
    go(THREAD_B);
    loop.checkNow();
    expect(document.querySelectorAll('[data-user-type-badge]')).toHaveLength(0);
    await Promise.resolve();
    expect(reports.at(-1)).toMatchObject({
      url: THREAD_B,
      person: { emails: ['grace.hopper@contoso.example'] },
      people: [{ email: 'grace.hopper@contoso.example' }],
    });
    loop.stop();
  });

  it('the signed-in user alone: a page with nobody, and no badge', async () => {
    for (const m of [...document.querySelectorAll('.adn')].slice(1)) m.remove();
    document.querySelector('.gD')?.setAttribute('email', 'sam.rivera@ourteam.example');
    go(THREAD_A);
    const loop = start();
    loop.checkNow();
    await Promise.resolve();
    expect(reports).toEqual([{ type: 'crm/detected', url: THREAD_A, page: 'other' }]);
    expect(document.querySelectorAll('[data-user-type-badge]')).toHaveLength(0);
    loop.stop();
  });

  it('LinkedIn: a possible match by name and company, never a badge before confirmation', async () => {
    document.body.innerHTML = html('linkedin-profile.html');
    go('https://www.linkedin.com/in/ada-lovelace-42/');
    const loop = start(linkedin, readLinkedIn);
    loop.checkNow();
    await Promise.resolve();
    expect(reports.at(-1)).toEqual({
      type: 'crm/detected',
      url: 'https://www.linkedin.com/in/ada-lovelace-42/',
      page: 'contact',
      possible: true,
      person: {
        emails: [],
        name: 'Ada Lovelace',
        company: 'Northwind Traders',
        recordId: 'in-ada-lovelace-42',
      },
    });
    expect(document.querySelectorAll('[data-user-type-badge]')).toHaveLength(0);
    loop.stop();
  });
});
