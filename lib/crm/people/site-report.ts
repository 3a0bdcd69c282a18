import type { CrmAdapter } from '../adapter';
import type { DetectionReport } from '../detection-loop';
import type { PeopleOnPage } from './people-on-page';

/**
 * What an opt-in site's page tells the worker, from what its reader found. The record id comes
 * from the URL (the worker reads it there again). Inbox: the person in view is read like a
 * layout's record (an email the page shows in a sender's header), the thread's people go along
 * for the rep to pick from. LinkedIn: a name and a company only, a possible match the rep
 * confirms. Nobody (the signed-in user alone, a list): a page with no person.
 */
export function siteReport(
  adapter: CrmAdapter,
  url: string,
  found: PeopleOnPage | undefined,
): DetectionReport {
  const ref = adapter.recordRef(new URL(url));
  const base = { type: 'crm/detected' as const, url };
  if (!ref || !found) return { ...base, page: 'other' };
  if (adapter.id === 'linkedin') {
    const seen = found.inView;
    if (!seen?.name) return { ...base, page: 'contact', pending: true };
    const person = {
      emails: [],
      name: seen.name,
      ...(seen.company ? { company: seen.company } : {}),
      recordId: ref.recordId,
    };
    return { ...base, page: 'contact', possible: true, person };
  }
  if (found.people.length === 0) return { ...base, page: 'other' };
  const seen = found.inView;
  const person = seen?.email
    ? { emails: [seen.email], ...(seen.name ? { name: seen.name } : {}), recordId: ref.recordId }
    : { emails: [], recordId: ref.recordId };
  return {
    ...base,
    page: 'contact',
    person,
    ...(seen?.email ? {} : { noEmail: true }),
    people: found.people,
  };
}
