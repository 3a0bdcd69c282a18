import { useState } from 'react';
import { META } from '../db/meta';
import { definitionsChanged } from './background-commands';
import type { DefinitionOverrides } from './definition-overrides';

/** How a section words the outcome of saving its part of the definition overrides. */
export interface OverridesSaveWords {
  /** What was saved, as in "Could not save the definitions". */
  what: string;
  /** Saved, and the background has recomputed every user with it. */
  saved: string;
  /** Saved, but the recompute waits for the next sync; `error` says why. */
  savedForLater(error: string): string;
}

/**
 * Saves this browser's definition overrides, then asks the background to recompute every user
 * at once (no resync). The definitions and milestones sections share the overrides and this.
 */
export function useOverridesSave(words: OverridesSaveWords) {
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const save = async (next: DefinitionOverrides) => {
    try {
      await META.definitionOverrides.set(next);
    } catch (e) {
      setStatus({ ok: false, text: `Could not save the ${words.what}: ${String(e)}` });
      return;
    }
    const result = await definitionsChanged();
    setStatus(
      result.ok
        ? { ok: true, text: words.saved }
        : { ok: false, text: words.savedForLater(result.error) },
    );
  };
  return { save, status };
}
