import { browser } from 'wxt/browser';

// The user's answers to "Is this the person on the page?", per CRM record, in storage.local
// (this browser only; the CRM page cannot read it). A userId means "yes, this user"; none "no".
const KEY = 'crmConfirmations';

export interface CrmConfirmation {
  userId?: string;
  at: string;
}

type Stored = Record<string, CrmConfirmation>;
const recordKey = (crm: string, recordId: string) => `${crm}:${recordId}`;

async function all(): Promise<Stored> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Stored) : {};
}

export async function getConfirmation(
  crm: string,
  recordId: string,
): Promise<CrmConfirmation | undefined> {
  return (await all())[recordKey(crm, recordId)];
}

export async function setConfirmation(
  crm: string,
  recordId: string,
  confirmation: CrmConfirmation,
): Promise<void> {
  await browser.storage.local.set({
    [KEY]: { ...(await all()), [recordKey(crm, recordId)]: confirmation },
  });
}

/** Forgets every answer: they name users of a workspace this browser no longer holds. */
export async function clearConfirmations(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
