import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '@/lib/domain/email';

describe('normaliseEmail', () => {
  it('trims, lower-cases and strips mailto:', () => {
    expect(normaliseEmail('  Ann.Lee@Example.COM ')).toBe('ann.lee@example.com');
    expect(normaliseEmail('mailto:Ann@Example.com')).toBe('ann@example.com');
    expect(normaliseEmail('MAILTO:ann@example.com?subject=Hi')).toBe('ann@example.com');
    expect(normaliseEmail('mailto:ann%2Bcrm@example.com')).toBe('ann+crm@example.com');
  });

  it('keeps plus-addressing distinct', () => {
    expect(normaliseEmail('ann+crm@example.com')).toBe('ann+crm@example.com');
    expect(normaliseEmail('ann+crm@example.com')).not.toBe(normaliseEmail('ann@example.com'));
  });

  it('is undefined for anything that is not an email', () => {
    for (const raw of [
      undefined,
      null,
      '',
      '   ',
      'ann',
      'ann@',
      '@example.com',
      'ann@example',
      'a b@x.com',
      'ann@@x.com',
      'mailto:',
    ]) {
      expect(normaliseEmail(raw)).toBeUndefined();
    }
  });
});
