/** `{ key: "Human label" }` maps a workspace may send for its event and custom field names. */
export type LabelMap = Readonly<Record<string, string>>;

/**
 * A readable form of a machine key: "widget_added" → "Widget added", "ONBOARDING_COMPLETE" →
 * "Onboarding complete", "trialEndsOn" → "Trial ends on", "SSO_enabled" → "SSO enabled".
 * Names that are already words ("Beta tester", "Plan") stay as they are.
 */
export function humanizeKey(key: string): string {
  const text = key.trim();
  if (!text) return key;
  if (/\s/.test(text) && text !== text.toUpperCase()) return text;
  const shouting = text === text.toUpperCase();
  const words = text
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[\s_.:-]+/)
    .filter(Boolean)
    .map((w) => (!shouting && w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The workspace's own label for `key`, else its readable form. */
export function labelFor(key: string, labels?: LabelMap): string {
  const own = labels?.[key];
  return own?.trim() ? own : humanizeKey(key);
}
