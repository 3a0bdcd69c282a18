import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../fixtures/crm');

/** A saved CRM page as a jsdom Document. */
export function loadFixture(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
}

/**
 * The same page with the record's own email removed: fixtures mark it with
 * <!--email-->…<!--/email-->, everything else (decoys included) stays.
 */
export function loadFixtureWithoutEmail(file: string): Document {
  const html = readFileSync(join(DIR, file), 'utf8');
  const stripped = html.replace(/<!--email-->[\s\S]*?<!--\/email-->/g, '');
  if (stripped === html) throw new Error(`${file} marks no email`);
  return new DOMParser().parseFromString(stripped, 'text/html');
}
