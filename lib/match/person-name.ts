// Names as CRMs show them ("Ms. Ada Lovelace", "Lovelace, Ada") compared word by word.
const SALUTATION = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i;

/** Lower-cased words of a person's name without salutations, in first-last order. */
export function nameWords(name: string | undefined): string[] {
  if (!name) return [];
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  const ordered = comma > 0 ? `${trimmed.slice(comma + 1)} ${trimmed.slice(0, comma)}` : trimmed;
  return ordered
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !SALUTATION.test(w));
}

/** Same person name: same words in the same order, ignoring case and salutations. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  return x.length > 0 && x.join(' ') === y.join(' ');
}

/** Company names compared loosely: case, punctuation and legal suffixes ignored. */
export function companyKey(name: string | undefined): string {
  return (name ?? '')
    .toLowerCase()
    .replace(/[.,&'"()]/g, ' ')
    .replace(/\b(?:inc|ltd|llc|gmbh|plc|corp|corporation|co|limited|sa|ag|bv)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
