import type { Account, Day } from '../../domain/types';
import { shiftDay } from './days';

// What a CSM looks for on a demo account: revenue in its currency, the renewal date (counted
// from the anchor day, so "renews in 42 days" reads the same whenever the demo is loaded) and
// the owner on the team. Owners use the reserved `.example` TLD like every demo address.

interface DemoFacts {
  arr: number;
  currency: string;
  renewsInDays: number;
  ownerEmail: string;
}

const DANA = 'dana.reyes@ourteam.example';
const SAM = 'sam.okafor@ourteam.example';

const FACTS: Record<string, DemoFacts> = {
  'acc-northwind': { arr: 184_000, currency: 'USD', renewsInDays: 42, ownerEmail: DANA },
  'acc-contoso': { arr: 152_000, currency: 'EUR', renewsInDays: 211, ownerEmail: SAM },
  'acc-fabrikam': { arr: 64_500, currency: 'USD', renewsInDays: 17, ownerEmail: DANA },
  'acc-adventure-works': { arr: 58_000, currency: 'AUD', renewsInDays: 88, ownerEmail: SAM },
  'acc-tailspin': { arr: 14_400, currency: 'GBP', renewsInDays: 130, ownerEmail: DANA },
  'acc-wide-world': { arr: 12_000, currency: 'USD', renewsInDays: 305, ownerEmail: SAM },
};

/** The account facts of a demo account for the workspace loaded on `anchor`. */
export function demoAccountFacts(
  accountId: string,
  plan: string | undefined,
  anchor: Day,
): Pick<Account, 'arr' | 'currency' | 'plan' | 'renewalDate' | 'ownerEmail'> {
  const f = FACTS[accountId];
  return {
    ...(plan ? { plan } : {}),
    ...(f
      ? {
          arr: f.arr,
          currency: f.currency,
          renewalDate: shiftDay(anchor, f.renewsInDays),
          ownerEmail: f.ownerEmail,
        }
      : {}),
  };
}
