import type { Row } from '../store/changes';

// Segment `group` traits → the account facts of the protocol (arr, currency, plan,
// renewalDate, ownerEmail). Both snake_case (Segment's spec) and camelCase are read; `mrr` is
// taken as monthly and becomes arr × 12 when no `arr` is sent. A value that does not read is
// left out, so the stored fact stays as it was.

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;
const money = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() ? Number(v.replace(/[,_\s]/g, '')) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
};
/** A date or a date-time: its calendar day as sent (renewals are days, not instants). */
const day = (v: unknown): string | undefined => {
  const s = text(v)?.slice(0, 10);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined;
};

const first = <T>(read: (v: unknown) => T | undefined, ...values: unknown[]): T | undefined => {
  for (const v of values) {
    const r = read(v);
    if (r !== undefined) return r;
  }
  return undefined;
};

/** The facts the traits carry, and only those. */
export function accountFactsFromTraits(traits: Row): Row {
  const facts: Row = {};
  const arr = money(traits.arr ?? traits.ARR);
  const mrr = money(traits.mrr ?? traits.MRR);
  // Whole cents: 12 × 833.33 must not store 9999.960000000001.
  if (arr !== undefined) facts.arr = arr;
  else if (mrr !== undefined) facts.arr = Math.round(mrr * 12 * 100) / 100;
  const currency = text(traits.currency);
  if (currency && /^[A-Za-z]{3}$/.test(currency)) facts.currency = currency.toUpperCase();
  const plan = first(text, traits.plan, traits.plan_name, traits.planName);
  if (plan) facts.plan = plan;
  const renewal = first(day, traits.renewal_date, traits.renewalDate);
  if (renewal) facts.renewalDate = renewal;
  const owner = first(text, traits.owner_email, traits.ownerEmail);
  if (owner) facts.ownerEmail = owner;
  return facts;
}
