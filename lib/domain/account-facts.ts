import { daysBetween, today } from './time';
import type { Account, Day } from './types';

// Account facts in words ("USD 184,000 ARR", "renews in 42 days") and the home's list of
// renewals coming up for the rep's accounts.

/** "$184,000" / "€152,000": the currency's own symbol, whole units; USD when none is given. */
export function formatArr(arr: number, currency = 'USD'): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(arr);
  } catch {
    // A code Intl does not know: the number with the code as sent, never a guessed symbol.
    return `${currency} ${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(arr)}`;
  }
}

/** "renews today", "renews tomorrow", "renews in 42 days", "renewal was 3 days ago". */
export function renewalLabel(renewalDate: Day, day: Day): string {
  const n = daysBetween(day, renewalDate);
  if (n === 0) return 'renews today';
  if (n === 1) return 'renews tomorrow';
  if (n > 1) return `renews in ${n} days`;
  return n === -1 ? 'renewal was yesterday' : `renewal was ${-n} days ago`;
}

export interface UpcomingRenewal<A extends Account = Account> {
  account: A;
  inDays: number;
  label: string;
}

/**
 * Accounts renewing within the next `days` days (today included), soonest first, among those
 * the rep pinned or owns (owner email compared trimmed and case-insensitively).
 */
export function upcomingRenewals<A extends Account>(
  accounts: Iterable<A>,
  rep: { email?: string; pinnedIds: ReadonlySet<string> },
  now: Date,
  timeZone: string,
  days = 90,
): UpcomingRenewal<A>[] {
  const day = today(now, timeZone);
  const me = rep.email?.trim().toLowerCase();
  const out: UpcomingRenewal<A>[] = [];
  for (const account of accounts) {
    if (!account.renewalDate) continue;
    const mine =
      rep.pinnedIds.has(account.id) ||
      (me !== undefined && account.ownerEmail?.trim().toLowerCase() === me);
    if (!mine) continue;
    const inDays = daysBetween(day, account.renewalDate);
    if (inDays < 0 || inDays > days) continue;
    out.push({ account, inDays, label: renewalLabel(account.renewalDate, day) });
  }
  return out.sort((a, b) => a.inDays - b.inDays || a.account.name.localeCompare(b.account.name));
}
