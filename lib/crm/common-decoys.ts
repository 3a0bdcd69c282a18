// The app's own chrome (navigation bar, account menu) shows the signed-in rep, never the record.
const COMMON = 'nav, [role="navigation"], [role="banner"], [role="menu"]';

/** Joins an adapter's decoy regions with those every CRM has. */
export function decoys(...selectors: string[]): string {
  return [COMMON, ...selectors].join(', ');
}
