import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pipedrive } from '@/lib/crm/adapters/pipedrive';
import { badgeRoot } from '@/lib/crm/badge-element';
import { type DetectionReport, startDetectionLoop } from '@/lib/crm/detection-loop';
import type { BadgeView } from '@/lib/domain/badge-view';

// The loop in jsdom: the page's URL changes with pushState, the DOM is swapped by hand the way
// a CRM single-page app does it, and the worker is a fake that answers with a badge per email.

const A = '/person/501';
const B = '/person/502';
const record = (name: string, email: string, other: string) => `
  <nav role="navigation">sam.rivera@ourteam.example</nav>
  <h1 data-test="header-title">${name}</h1>
  <aside data-test="details-sidebar"><div>Email</div><div><a href="mailto:${email}">${email}</a></div></aside>
  <section data-test="flow">From ${other}</section>`;
const ADA = record('Ada Lovelace', 'ada@northwind.example', 'grace@contoso.example');
const GRACE = record('Grace Hopper', 'grace@contoso.example', 'ada@northwind.example');

const view = (text: string): BadgeView => ({ chips: [{ tone: 'active', text }], title: text });
const badges = () =>
  [...document.querySelectorAll('[data-user-type-badge]')].map(
    (el) => badgeRoot(el)?.querySelector('button')?.textContent,
  );

let reports: DetectionReport[];
let loop: ReturnType<typeof startDetectionLoop>;

beforeEach(() => {
  vi.useFakeTimers();
  // jsdom serves about:blank; the loop reads window.location, so give the page a CRM URL.
  vi.stubGlobal('location', new URL(`https://northwind.pipedrive.com${A}`));
  document.body.innerHTML = ADA;
  reports = [];
  loop = startDetectionLoop({
    win: window,
    adapter: pipedrive,
    report: async (r) => {
      reports.push(r);
      return r.person ? view(r.person.emails[0] ?? 'none') : null;
    },
    openPanel: () => {},
  });
});
afterEach(() => {
  loop.stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const navigate = (path: string) => {
  vi.stubGlobal('location', new URL(`https://northwind.pipedrive.com${path}`));
  loop.checkNow();
};
const settle = () => vi.advanceTimersByTimeAsync(30);

describe('the detection loop', () => {
  it('reports the record and shows one badge beside its name', async () => {
    loop.checkNow();
    await settle();
    expect(reports).toEqual([
      expect.objectContaining({
        page: 'contact',
        person: expect.objectContaining({
          name: 'Ada Lovelace',
          emails: ['ada@northwind.example'],
        }),
      }),
    ]);
    expect(badges()).toEqual(['ada@northwind.example']);
    expect(
      document.querySelector('h1')?.nextElementSibling?.hasAttribute('data-user-type-badge'),
    ).toBe(true);
  });

  it('never reports the previous record under the new URL, and drops its badge at once', async () => {
    loop.checkNow();
    await settle();
    navigate(B); // The old DOM is still shown.
    expect(badges()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(reports.at(-1)).toMatchObject({ url: expect.stringContaining(B), pending: true });
    expect(reports.filter((r) => r.url.endsWith(B) && r.person)).toEqual([]);
    document.body.innerHTML = '<div class="skeleton">Loading…</div>';
    loop.check();
    await settle();
    document.body.innerHTML = GRACE;
    loop.check();
    await settle();
    expect(reports.at(-1)).toMatchObject({
      url: expect.stringContaining(B),
      person: { name: 'Grace Hopper', recordId: '502' },
    });
    expect(badges()).toEqual(['grace@contoso.example']);
  });

  it('trusts a look-alike record once its header is a new element', async () => {
    loop.checkNow();
    await settle();
    navigate(B);
    document.body.innerHTML = ADA; // Same words, freshly rendered: a duplicate record in the CRM.
    loop.check();
    await settle();
    expect(reports.at(-1)).toMatchObject({
      url: expect.stringContaining(B),
      person: { recordId: '502' },
    });
  });

  it('re-detects when the record changes without a URL change, and never duplicates the badge', async () => {
    loop.checkNow();
    await settle();
    const link = document.querySelector('a');
    link?.setAttribute('href', 'mailto:ada.l@northwind.example');
    if (link) link.textContent = 'ada.l@northwind.example';
    loop.check();
    await settle();
    expect(reports.at(-1)?.person?.emails).toEqual(['ada.l@northwind.example']);
    // The CRM re-renders the header: the badge follows it, still one.
    const h1 = document.querySelector('h1');
    h1?.replaceWith(h1.cloneNode(true));
    loop.check();
    await settle();
    expect(badges()).toEqual(['ada.l@northwind.example']);
    expect(reports).toHaveLength(2);
  });

  it('never ends in the previous person: a lingering header is only a possible match', async () => {
    loop.checkNow();
    await settle();
    navigate(B); // The CRM never re-renders: Ada's header stays under Grace's URL.
    await vi.advanceTimersByTimeAsync(10_000);
    const underB = reports.filter((r) => r.url.endsWith(B));
    expect(underB.filter((r) => r.person && !r.possible)).toEqual([]);
    expect(underB.at(-1)).toMatchObject({ possible: true, person: { recordId: '502' } });
  });

  it('runs the careful fallback when no layout reads the record in time', async () => {
    loop.checkNow();
    await settle();
    navigate('/person/503');
    document.body.innerHTML =
      '<main><h1 class="new-ui-title">Maya Chen</h1><section><span>Email</span><span><a href="mailto:maya@acme.example">maya@acme.example</a></span></section><div class="timeline">From grace@contoso.example</div></main>';
    loop.check();
    await settle();
    expect(reports.at(-1)).toMatchObject({ pending: true });
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports.at(-1)).toMatchObject({
      possible: true,
      person: { name: 'Maya Chen', emails: ['maya@acme.example'], recordId: '503' },
    });
  });

  it('says a page was not read, with its emails and an outline without them', async () => {
    loop.checkNow();
    await settle();
    navigate('/person/504');
    document.body.innerHTML =
      '<main><div class="card">Write to <b>zoe@acme.example</b></div></main>';
    await vi.advanceTimersByTimeAsync(3000);
    const last = reports.at(-1);
    expect(last).toMatchObject({ unread: true, visibleEmails: ['zoe@acme.example'] });
    expect(last?.pageReport).toContain('div.card');
    expect(last?.pageReport).not.toContain('zoe');
  });

  it('reports a list page as "other" and shows no badge there', async () => {
    loop.checkNow();
    await settle();
    navigate('/persons/list/all');
    await settle();
    expect(reports.at(-1)).toMatchObject({ page: 'other' });
    expect(badges()).toEqual([]);
  });
});
