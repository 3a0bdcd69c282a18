import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';

// The account view's end-to-end fixtures must be recognised as the Northwind account record
// (and not as the other company each page mentions) before the e2e test relies on them.

const load = (file: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(__dirname, '../../fixtures/crm', file), 'utf8'),
    'text/html',
  );

describe('account record fixtures', () => {
  it('HubSpot company: Northwind, not the associated Contoso', () => {
    const result = detectRecord(
      'https://app.hubspot.com/contacts/21500012/record/0-2/9001',
      load('hubspot-company-northwind.html'),
    );
    expect(result.state).toBe('record');
    if (result.state !== 'record') return;
    expect(result.ref).toEqual({ kind: 'account', recordId: '9001' });
    expect(result.extraction.account).toMatchObject({
      name: 'Northwind Traders',
      domain: 'northwind.example',
    });
  });

  it('Salesforce Lightning Account: the active record, not the hidden previous one', () => {
    const result = detectRecord(
      'https://northwind-demo.lightning.force.com/lightning/r/Account/001Dm000001NwTAAA/view',
      load('salesforce-account-northwind.html'),
    );
    expect(result.state).toBe('record');
    if (result.state !== 'record') return;
    expect(result.ref).toEqual({ kind: 'account', recordId: '001Dm000001NwTAAA' });
    expect(result.extraction.account).toMatchObject({
      name: 'Northwind Traders',
      domain: 'northwind.example',
    });
  });
});
