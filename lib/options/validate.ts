import { isAllowedServerUrl, PLAIN_HTTP_MESSAGE } from '../domain/server-origin';

// Form validation for the options page. Each function returns the exact words shown under the
// field, or undefined when the value is fine; a form saves only when every field is fine.

export const URL_MESSAGE = 'Enter a URL that starts with https:// or http://';
export const TOKEN_MESSAGE = 'Enter the API token';
export const PERCENT_MESSAGE = 'Enter a whole number from 1 to 100';
export const WINDOW_MESSAGE = 'Enter a whole number from 1 to 365';
export const INTERVAL_MESSAGE = 'Enter a whole number of minutes from 1 to 1440';

export function validateServerUrl(raw: string): string | undefined {
  const value = raw.trim();
  if (!/^https?:\/\//i.test(value)) return URL_MESSAGE;
  try {
    const url = new URL(value);
    if (!url.hostname) return URL_MESSAGE;
    if (url.username || url.password) return 'Put the API token in its own field, not in the URL';
    if (url.search || url.hash) return 'Enter the base URL only, without ? or # parts';
    if (!isAllowedServerUrl(url)) return PLAIN_HTTP_MESSAGE;
  } catch {
    return URL_MESSAGE;
  }
  return undefined;
}

export function validateToken(raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return TOKEN_MESSAGE;
  if (/\s/.test(value)) return 'The API token cannot contain spaces';
  return undefined;
}

/** A whole number in [min, max] typed as text; undefined when valid. */
function validateWholeNumber(
  raw: string,
  min: number,
  max: number,
  message: string,
): string | undefined {
  const value = raw.trim();
  if (!/^\d+$/.test(value)) return message;
  const n = Number(value);
  return n >= min && n <= max ? undefined : message;
}

export const validatePercent = (raw: string) => validateWholeNumber(raw, 1, 100, PERCENT_MESSAGE);
export const validateWindowDays = (raw: string) => validateWholeNumber(raw, 1, 365, WINDOW_MESSAGE);
export const validateInterval = (raw: string) =>
  validateWholeNumber(raw, 1, 1440, INTERVAL_MESSAGE);

/** A name for a role, persona or note type: present, and not already taken (case-insensitive). */
export function validateName(
  raw: string,
  taken: string[],
  what: 'role' | 'persona' | 'note type',
): string | undefined {
  const value = raw.trim();
  if (!value) return `Enter a name for the ${what}`;
  if (value.length > 80) return 'Use at most 80 characters';
  const key = value.toLowerCase();
  if (taken.some((t) => t.trim().toLowerCase() === key))
    return `There is already a ${what} named “${value}”`;
  return undefined;
}

/** The base URL as saved: trimmed, without trailing slashes (the source tolerates either). */
export function normaliseServerUrl(raw: string): string {
  return raw.trim().replace(/\/+$/, '');
}

const DESCRIPTION_MESSAGE = 'Use at most 500 characters';

export function validateDescription(raw: string): string | undefined {
  return raw.trim().length > 500 ? DESCRIPTION_MESSAGE : undefined;
}
