import type { OutboxItem, OutboxKind } from '../db/records';

const KIND_WORDS: Record<OutboxKind, string> = {
  'note.put': 'Note saved',
  'note.delete': 'Note deleted',
  'enrollment.put': 'User added to a cadence',
  'user.patch': 'User role, persona or fields changed',
  'user.put': 'Product user added',
  'role.put': 'Role saved',
  'role.delete': 'Role deleted',
  'persona.put': 'Persona saved',
  'persona.delete': 'Persona deleted',
};

export function outboxKindWords(item: Pick<OutboxItem, 'kind'>): string {
  return KIND_WORDS[item.kind];
}

/** A title for the change, from its body when it has one (a note title, a role name). */
export function outboxSubject(item: Pick<OutboxItem, 'body'>): string | undefined {
  const body = item.body as { title?: unknown; name?: unknown } | undefined;
  const text = body?.title ?? body?.name;
  return typeof text === 'string' && text.trim() ? text : undefined;
}

/** One line a user recognises, e.g. `Note saved — “Renewal call”`. */
export function describeOutboxItem(item: Pick<OutboxItem, 'kind' | 'body'>): string {
  const subject = outboxSubject(item);
  return subject ? `${outboxKindWords(item)} — “${subject}”` : outboxKindWords(item);
}
