import { MAX_ID_LENGTH } from '../http/input';
import { emailOf, type SegmentMessage } from './segment-map';

// What makes a Segment message unusable, checked before anything is stored: the batch is then
// refused whole with 400 (Segment's libraries check the same before sending, so this reaches
// only hand-written senders), and a 200 still means every message was applied.

const ID_FIELDS = ['userId', 'anonymousId', 'groupId', 'messageId', 'previousId'] as const;

const present = (v: unknown): boolean =>
  (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';

/** Why this message cannot be taken: the field at fault (if one) and what is wrong. */
export function messageProblem(m: SegmentMessage): { field?: string; message: string } | undefined {
  for (const key of ID_FIELDS) {
    const v = (m as Record<string, unknown>)[key];
    if (typeof v === 'string' && v.length > MAX_ID_LENGTH)
      return { field: key, message: `is longer than ${MAX_ID_LENGTH} characters` };
  }
  // Segment's spec: every message names a userId or an anonymousId. An email in the traits
  // also identifies a known user here (a message with only an email of nobody is ignored).
  if (!present(m.userId) && !present(m.anonymousId) && !emailOf(m))
    return { message: 'needs a userId or an anonymousId' };
  if (m.type === 'alias' && (!present(m.previousId) || !present(m.userId)))
    return { message: 'an alias needs a previousId and a userId' };
  return undefined;
}

/** The first problem of the messages, named by place ("batch.3.userId is longer…"); single: one message. */
export function batchProblem(messages: SegmentMessage[], single: boolean): string | undefined {
  for (const [i, m] of messages.entries()) {
    const problem = messageProblem(m);
    if (!problem) continue;
    const place = [single ? undefined : `batch.${i}`, problem.field].filter(Boolean).join('.');
    return `${place || 'The message'} ${problem.message}.`;
  }
  return undefined;
}
