import { describe, expect, it } from 'vitest';
import { crmSenderTab } from '@/lib/crm/sender-check';
import { crmContentMessageSchema } from '@/lib/messaging/detection-messages';

const OURS = 'our-extension-id';
const good = {
  id: OURS,
  url: 'https://app.hubspot.com/contacts/1/record/0-1/2',
  frameId: 0,
  tab: { id: 12 },
};

describe('crmSenderTab', () => {
  it('accepts our content script in the top frame of a CRM tab', () => {
    expect(crmSenderTab(good, OURS)).toBe(12);
  });

  it.each([
    ['another extension', { ...good, id: 'someone-else' }],
    ['an extension page (no tab)', { id: OURS, url: `chrome-extension://${OURS}/options.html` }],
    ['a frame inside the page', { ...good, frameId: 3 }],
    ['a page that is not a CRM', { ...good, url: 'https://evil.example/contacts/1/record/0-1/2' }],
    ['a look-alike host', { ...good, url: 'https://app.hubspot.com.evil.example/' }],
    ['plain http', { ...good, url: 'http://app.hubspot.com/contacts/1/record/0-1/2' }],
  ])('refuses %s', (_, sender) => {
    expect(crmSenderTab(sender, OURS)).toBeUndefined();
  });
});

describe('content messages', () => {
  it('accept a well-formed report and refuse anything else', () => {
    const report = {
      type: 'crm/detected',
      url: good.url,
      page: 'contact',
      person: { emails: ['ada@northwind.example'], name: 'Ada' },
    };
    expect(crmContentMessageSchema.safeParse(report).success).toBe(true);
    expect(crmContentMessageSchema.safeParse({ type: 'crm/open-panel' }).success).toBe(true);
    for (const bad of [
      { ...report, page: 'deal' },
      { ...report, person: { emails: 'ada@northwind.example' } },
      { ...report, person: { emails: Array(21).fill('a@b.example') } },
      { ...report, person: { emails: [], name: 'x'.repeat(301) } },
      { type: 'sync/now' },
      null,
      'crm/open-panel',
    ])
      expect(crmContentMessageSchema.safeParse(bad).success).toBe(false);
  });
});
