import { expect } from 'vitest';
import { detectRecord } from '@/lib/crm/detect-record';
import type { DetectedAccount, DetectedPerson } from '@/lib/messaging/tab-detection';

/** Detects the person on a fixture page, failing the test when it is not a rendered contact. */
export function personOn(url: string, doc: Document): DetectedPerson & { noEmail?: boolean } {
  const result = detectRecord(url, doc);
  if (result.state !== 'record' || !result.extraction.person)
    throw new Error(`expected a contact record at ${url}, got ${result.state}`);
  expect(result.ref.kind).toBe('contact');
  return { ...result.extraction.person, noEmail: result.extraction.noEmail };
}

export function accountOn(url: string, doc: Document): DetectedAccount {
  const result = detectRecord(url, doc);
  if (result.state !== 'record' || !result.extraction.account)
    throw new Error(`expected an account record at ${url}, got ${result.state}`);
  return result.extraction.account;
}
