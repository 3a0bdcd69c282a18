import { normaliseEmail } from '../domain/email';
import type { Account, CrmIds, User } from '../domain/types';
import type { StoredAccount, StoredUser } from './records';

// The index keys the client derives for lookups (CRM matching, search). Matching code must
// normalise its input with the same functions.

function crmKeysOf(ids: CrmIds | undefined): string[] {
  if (!ids) return [];
  return Object.entries(ids)
    .filter(([, v]) => typeof v === 'string' && v !== '')
    .map(([crm, v]) => crmKey(crm, v));
}

export const crmKey = (crm: string, recordId: string) => `${crm.toLowerCase()}:${recordId}`;

/** "https://www.Acme.com/about" → "acme.com". */
export function domainKey(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const host = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return host || undefined;
}

export const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Shortest phone-number tail kept as a key: "0102" finds "+1 555 555 0102". */
const PHONE_TAIL = 4;

/**
 * What a prefix search matches a user by: each word of the name, the email and its domain
 * ("northwind" finds jane@northwind.com), and the phone's digits from every position (typed
 * with or without country or area code, in any format, the digits are a prefix of one).
 */
export function searchKeysOf(user: User, emailKey: string | undefined): string[] {
  const keys = new Set<string>();
  for (const part of [user.firstName, user.lastName])
    for (const word of (part ?? '').toLowerCase().split(/\s+/)) if (word) keys.add(word);
  if (emailKey) {
    keys.add(emailKey);
    const domain = emailKey.slice(emailKey.lastIndexOf('@') + 1);
    if (domain && domain !== emailKey) keys.add(domain);
  }
  const digits = (user.phone ?? '').replace(/\D/g, '');
  if (digits) keys.add(digits);
  for (let i = 1; i + PHONE_TAIL <= digits.length; i++) keys.add(digits.slice(i));
  return [...keys];
}

/** What finds an account's users: each word of its name and its domain. */
export function accountSearchKeysOf(account: Account): string[] {
  const keys = new Set(nameKey(account.name).split(' ').filter(Boolean));
  const d = domainKey(account.domain);
  if (d) keys.add(d);
  return [...keys];
}

export function toStoredUser(user: User): StoredUser {
  const emailKey = normaliseEmail(user.email);
  return {
    ...user,
    ...(emailKey ? { emailKey } : {}),
    crmKeys: crmKeysOf(user.crmIds),
    searchKeys: searchKeysOf(user, emailKey),
  };
}

export function toStoredAccount(account: Account): StoredAccount {
  const d = domainKey(account.domain);
  return {
    ...account,
    ...(d ? { domainKey: d } : {}),
    nameKey: nameKey(account.name),
    crmKeys: crmKeysOf(account.crmIds),
    searchKeys: accountSearchKeysOf(account),
  };
}

/** The entity as the server sent it (the derived keys removed), e.g. to compare states. */
export function fromStored<T extends object>(row: T): T {
  const {
    emailKey: _e,
    crmKeys: _c,
    searchKeys: _s,
    domainKey: _d,
    nameKey: _n,
    ...rest
  } = row as T & Record<string, unknown>;
  return rest as T;
}
