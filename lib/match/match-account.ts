import { getDb } from '../db/database';
import { crmKey, domainKey, nameKey } from '../db/stored-keys';
import type { CrmId } from '../domain/crms';
import type { DetectedAccount } from '../messaging/tab-detection';

export interface AccountMatch {
  accountId?: string;
  via?: 'crmId' | 'domain';
  /** Accounts with the same name: shown as "possible match", never matched silently. */
  suggestions: string[];
}

/** Matches a company record: its id in that CRM, then its domain; the name only suggests. */
export async function matchAccount(crm: CrmId, account: DetectedAccount): Promise<AccountMatch> {
  const db = getDb();
  if (account.recordId) {
    const found = await db.accounts.where('crmKeys').equals(crmKey(crm, account.recordId)).first();
    if (found) return { accountId: found.id, via: 'crmId', suggestions: [] };
  }
  const domain = domainKey(account.domain);
  if (domain) {
    const found = await db.accounts.where('domainKey').equals(domain).first();
    if (found) return { accountId: found.id, via: 'domain', suggestions: [] };
  }
  if (!account.name) return { suggestions: [] };
  const named = await db.accounts.where('nameKey').equals(nameKey(account.name)).limit(5).toArray();
  return { suggestions: named.map((a) => a.id) };
}
