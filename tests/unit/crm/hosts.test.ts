import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/crm/adapters';
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

  // The list stays flat (it ships in the content script, held to 24 KB): this ties it to the
  // adapters, so a new CRM without its patterns, or a pattern no adapter reads, fails here.
  it('each belong to one adapter, and every adapter has one', () => {
    // A host under each wildcard (Dynamics orgs live at org.crmN.dynamics.com).
    const hosts = CRM_MATCHES.map((p) =>
      p
        .slice('https://'.length, -2)
        .replace(/^\*\.dynamics/, 'acme.crm.dynamics')
        .replace(/^\*\./, 'acme.'),
    );
    for (const host of hosts)
      expect(
        ADAPTERS.filter((a) => a.hosts.test(host)).map((a) => a.id),
        host,
      ).toHaveLength(1);
    for (const adapter of ADAPTERS)
      expect(
        hosts.some((h) => adapter.hosts.test(h)),
        adapter.id,
      ).toBe(true);
  });
});
