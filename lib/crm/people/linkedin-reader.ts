import { isExcluded, textOf } from '../dom-text';
import type { PeopleOnPage } from './people-on-page';

// LinkedIn shows no email: a profile is only ever a name and a company, to be matched as
// candidates the rep confirms (sources in tests/fixtures/sites/linkedin-profile.html).
// Profile: /in/{slug}/, the name `h1.text-heading-xlarge` in the top card, the current company
// on its "Current company" button. Sales Navigator lead: /sales/lead/{id},…, the name and
// company marked `data-anonymize="person-name"` / `"company-name"` in the lead's header.
// Never read: "People also viewed", the messaging overlay, posts and their authors, the
// signed-in member's "Me" menu.

const DECOYS =
  'aside, [role="complementary"], #msg-overlay, .msg-overlay-container, .global-nav, nav, [role="navigation"], .feed-shared-update-v2, [data-view-name="profile-card-browsemap"]';

function first(doc: Document, selector: string): Element | undefined {
  return [...doc.querySelectorAll(selector)].find((el) => !isExcluded(el, DECOYS));
}

export function profileKey(url: URL): string | undefined {
  const slug = /^\/in\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (slug) return `in-${decodeURIComponent(slug).toLowerCase()}`;
  const lead = /^\/sales\/lead\/([^,/?#]+)/.exec(url.pathname)?.[1];
  return lead ? `lead-${lead}` : undefined;
}

/** The profile's person (name and company, no email), undefined elsewhere. */
export function readLinkedIn(doc: Document, url: URL): PeopleOnPage | undefined {
  const key = profileKey(url);
  if (!key) return undefined;
  const sales = key.startsWith('lead-');
  const header = first(
    doc,
    sales ? '[data-anonymize="person-name"]' : 'main h1.text-heading-xlarge, main h1',
  );
  const name = textOf(header);
  if (!header || !name) return { key, people: [] };
  const companyEl = sales
    ? first(doc, '[data-anonymize="company-name"]')
    : first(doc, 'main button[aria-label^="Current company" i]');
  const company = sales
    ? textOf(companyEl)
    : /^Current company:\s*(.+?)(?:\.\s*Click.*)?$/i.exec(
        companyEl?.getAttribute('aria-label') ?? '',
      )?.[1] || textOf(companyEl);
  const person = { name, role: 'profile' as const, ...(company ? { company } : {}) };
  return { key, people: [person], inView: person, anchor: header };
}
