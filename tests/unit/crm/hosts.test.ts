import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/crm/adapters';
import { CRM_MATCHES, CRMS } from '@/lib/domain/crms';

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

  // Ties lib/domain/crms.ts to the adapters: each CRM's patterns are read by its own adapter and
  // by no other, so a pattern no adapter reads, or one filed under the wrong CRM, fails here.
  it("each belong to their own CRM's adapter, and to no other", () => {
    for (const [id, crm] of Object.entries(CRMS))
      for (const pattern of crm.matches) {
        // A host under each wildcard (Dynamics orgs live at org.crmN.dynamics.com).
        const host = pattern
          .slice('https://'.length, -2)
          .replace(/^\*\.dynamics/, 'acme.crm.dynamics')
          .replace(/^\*\./, 'acme.');
        expect(
          ADAPTERS.filter((a) => a.hosts.test(host)).map((a) => a.id),
          host,
        ).toEqual([id]);
      }
  });
});
