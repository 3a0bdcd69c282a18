import { describe, expect, it } from 'vitest';
import { CRM_MATCHES } from '@/lib/crm/hosts';

describe('CRM host match patterns', () => {
  it('are valid https match patterns with at most a leading wildcard', () => {
    for (const pattern of CRM_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    }
  });

  it('cover the hosts named for each CRM', () => {
    const hosts = CRM_MATCHES.map((p) => p.slice('https://'.length, -2));
    for (const host of ['app.hubspot.com', 'app-eu1.hubspot.com', 'crm.zoho.eu', 'app.attio.com']) {
      expect(hosts).toContain(host);
    }
  });
});
