import { getDb } from '../db/database';
import type { StoredUser } from '../db/records';
import { crmKey } from '../db/stored-keys';
import type { CrmId } from '../domain/crms';
import { normaliseEmail } from '../domain/email';
import type { DetectedPerson } from '../messaging/tab-detection';
import { companyKey, nameWords, sameName } from './person-name';

export interface PersonMatch {
  userId?: string;
  via?: 'email' | 'crmId';
  /** Users with the same name (and company when the page shows one): "possible match" only. */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 5;
const fullName = (u: StoredUser) => `${u.firstName ?? ''} ${u.lastName ?? ''}`;
// Several users may share an email (an old deactivated account beside the live one).
const preferActive = (users: StoredUser[]) => users.find((u) => !u.deactivated) ?? users[0];

/**
 * Matches a person seen on a CRM record to a product user: normalised email first, then the
 * user's id in that CRM. Name + company never match silently; they only yield suggestions.
 */
export async function matchPerson(crm: CrmId, person: DetectedPerson): Promise<PersonMatch> {
  const db = getDb();
  for (const raw of person.emails) {
    const key = normaliseEmail(raw);
    if (!key) continue;
    const user = preferActive(await db.users.where('emailKey').equals(key).toArray());
    if (user) return { userId: user.id, via: 'email', suggestions: [] };
  }
  if (person.recordId) {
    const users = await db.users.where('crmKeys').equals(crmKey(crm, person.recordId)).toArray();
    const user = preferActive(users);
    if (user) return { userId: user.id, via: 'crmId', suggestions: [] };
  }
  return { suggestions: await nameSuggestions(person) };
}

async function nameSuggestions(person: DetectedPerson): Promise<string[]> {
  const words = nameWords(person.name);
  const last = words[words.length - 1];
  if (words.length < 2 || !last) return [];
  const db = getDb();
  const candidates = (await db.users.where('searchKeys').equals(last).toArray()).filter((u) =>
    sameName(fullName(u), person.name),
  );
  const company = companyKey(person.company);
  if (!company) return candidates.slice(0, MAX_SUGGESTIONS).map((u) => u.id);
  const accountIds = [
    ...new Set(candidates.map((u) => u.accountId).filter((id) => id !== undefined)),
  ];
  const accounts = await db.accounts.bulkGet(accountIds);
  const sameCompany = new Set(
    accounts.filter((a) => a && companyKey(a.name) === company).map((a) => a?.id),
  );
  return candidates
    .filter((u) => u.accountId !== undefined && sameCompany.has(u.accountId))
    .slice(0, MAX_SUGGESTIONS)
    .map((u) => u.id);
}
