import { browser } from 'wxt/browser';
import type { CrmId } from '../domain/crms';

// The CRMs the user switched off, in storage.local so content scripts can read it too.
const DISABLED_CRMS_KEY = 'disabledCrms';

// Only strings, once each. An id no CRM has any more is kept but harmless: nothing asks for it.
// (Not checked against lib/domain/crms.ts: the content script reads this list, and that would
// bundle every CRM's name and patterns into it.)
const clean = (value: unknown): CrmId[] =>
  Array.isArray(value)
    ? [...new Set(value.filter((id): id is CrmId => typeof id === 'string'))]
    : [];

export async function getDisabledCrms(): Promise<CrmId[]> {
  const stored = await browser.storage.local.get(DISABLED_CRMS_KEY);
  return clean(stored[DISABLED_CRMS_KEY]);
}

export async function setDisabledCrms(crms: CrmId[]): Promise<void> {
  await browser.storage.local.set({ [DISABLED_CRMS_KEY]: clean(crms) });
}

export async function setCrmEnabled(crm: CrmId, enabled: boolean): Promise<void> {
  const current = await getDisabledCrms();
  await setDisabledCrms(enabled ? current.filter((c) => c !== crm) : [...current, crm]);
}

/** Calls `listener` with the new list whenever the user switches a CRM on or off. */
export function watchDisabledCrms(listener: (crms: CrmId[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DISABLED_CRMS_KEY in changes)
      listener(clean(changes[DISABLED_CRMS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
