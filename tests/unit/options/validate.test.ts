import { describe, expect, it } from 'vitest';
import {
  INTERVAL_MESSAGE,
  normaliseServerUrl,
  PERCENT_MESSAGE,
  TOKEN_MESSAGE,
  URL_MESSAGE,
  validateInterval,
  validateName,
  validatePercent,
  validateServerUrl,
  validateToken,
  validateWindowDays,
  WINDOW_MESSAGE,
} from '@/lib/options/validate';

describe('validateServerUrl', () => {
  it.each([
    '',
    '   ',
    'cs.example.com/api',
    'ftp://cs.example.com',
    'https://',
    'http//cs.example.com',
    'javascript:alert(1)',
  ])('rejects %j with the scheme message', (raw) => {
    expect(validateServerUrl(raw)).toBe(URL_MESSAGE);
  });

  it.each(['https://cs.example.com/api', 'http://127.0.0.1:8080', ' HTTPS://cs.example.com/ '])(
    'accepts %j',
    (raw) => {
      expect(validateServerUrl(raw)).toBeUndefined();
    },
  );

  it('refuses a token in the URL and query parts', () => {
    expect(validateServerUrl('https://me:secret@cs.example.com')).toMatch(/own field/);
    expect(validateServerUrl('https://cs.example.com/api?x=1')).toMatch(/base URL only/);
  });

  it('normalises trailing slashes and spaces', () => {
    expect(normaliseServerUrl(' https://cs.example.com/api// ')).toBe('https://cs.example.com/api');
  });
});

describe('validateToken', () => {
  it('needs a token without spaces', () => {
    expect(validateToken('')).toBe(TOKEN_MESSAGE);
    expect(validateToken('   ')).toBe(TOKEN_MESSAGE);
    expect(validateToken('abc def')).toMatch(/spaces/);
    expect(validateToken(' tok_123 ')).toBeUndefined();
  });
});

describe('whole numbers', () => {
  it.each(['0', '101', '-5', '10.5', '1e2', 'ten', ''])('percent %j is refused', (raw) => {
    expect(validatePercent(raw)).toBe(PERCENT_MESSAGE);
  });
  it.each(['1', '10', '100', ' 42 '])('percent %j is fine', (raw) => {
    expect(validatePercent(raw)).toBeUndefined();
  });
  it('window days and interval have their own ranges', () => {
    expect(validateWindowDays('365')).toBeUndefined();
    expect(validateWindowDays('366')).toBe(WINDOW_MESSAGE);
    expect(validateWindowDays('0')).toBe(WINDOW_MESSAGE);
    expect(validateInterval('1440')).toBeUndefined();
    expect(validateInterval('1441')).toBe(INTERVAL_MESSAGE);
  });
});

describe('validateName', () => {
  it('needs a name not already taken, ignoring case and spaces', () => {
    expect(validateName(' ', [], 'role')).toBe('Enter a name for the role');
    expect(validateName('admin ', ['Admin'], 'role')).toBe('There is already a role named “admin”');
    expect(validateName('x'.repeat(81), [], 'persona')).toMatch(/80/);
    expect(validateName('Champion', ['Admin'], 'persona')).toBeUndefined();
  });
});
