import { flatText, queryDeep } from './deep-query';

// Deliberately plain: the content script must stay small and cannot use lib/domain's
// normaliser (the background normalises again before matching).
const EMAIL =
  /[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;

/** Every email address written in `text`. */
export function emailsInText(text: string): string[] {
  return text.match(EMAIL) ?? [];
}

/** The address of a mailto link (decoded, without ?subject=…). */
export function mailtoOf(a: Element): string[] {
  const target = (a.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0] ?? '';
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A malformed escape: keep the raw text rather than lose the address.
  }
  return emailsInText(decoded);
}

/** The email addresses an element holds: a mailto link's target, an input's value, or its text. */
export function emailsOf(el: Element): string[] {
  const links = el.matches('a[href^="mailto:" i]') ? [el] : queryDeep(el, 'a[href^="mailto:" i]');
  const fromLinks = links.flatMap(mailtoOf);
  if (fromLinks.length > 0) return fromLinks;
  const input =
    el instanceof HTMLInputElement ? el : el.querySelector<HTMLInputElement>('input, textarea');
  if (input) return emailsInText(input.value || input.getAttribute('value') || '');
  return emailsInText(flatText(el));
}
