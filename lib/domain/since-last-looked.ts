import type { ChangeRecord } from './change-records';
import { CHANGE_KIND_LABELS } from './type-changes';
import type { Enrollment, Note } from './types';

export type SinceKind = 'type' | 'note' | 'enrolled' | 'finished';

export interface SinceItem {
  key: string;
  kind: SinceKind;
  /** ISO time it happened, or when the extension first saw it (type changes, finishes). */
  at: string;
  text: string;
  userId?: string;
}

/**
 * What changed since the rep last opened this page: type changes first seen after that,
 * notes written by someone else, enrolments made, and enrolments that finished (the protocol
 * has no finish date, so "finished" = finished now and not at the last look). Nothing on a
 * first look: everything would be "new" and nothing would stand out.
 */
export function sinceLastLooked(input: {
  previous?: { viewedAt: string; finished?: string[] };
  changes: ChangeRecord[];
  notes: Note[];
  enrollments: Enrollment[];
  /** The rep's own name as note author (their notes are not news to them). */
  me?: string;
  cadenceName(id: string): string;
  /** On an account page: whose change it is. */
  userName?(id: string): string;
}): SinceItem[] {
  const { previous } = input;
  if (!previous) return [];
  const since = previous.viewedAt;
  const finishedBefore = new Set(previous.finished ?? []);
  const who = (userId: string) => (input.userName ? `${input.userName(userId)}: ` : '');
  const items: SinceItem[] = [];
  for (const c of input.changes)
    if (c.live === 1 && c.recordedAt > since)
      items.push({
        key: `type:${c.id}`,
        kind: 'type',
        at: c.recordedAt,
        text: `${who(c.userId)}${CHANGE_KIND_LABELS[c.kind]}`,
        userId: c.userId,
      });
  for (const n of input.notes)
    if (n.createdAt > since && (!input.me || n.author !== input.me))
      items.push({
        key: `note:${n.id}`,
        kind: 'note',
        at: n.createdAt,
        text: `New note${n.author ? ` by ${n.author}` : ''}: ${n.title}`,
        ...(n.userId ? { userId: n.userId } : {}),
      });
  for (const e of input.enrollments) {
    const cadence = input.cadenceName(e.cadenceId);
    if (e.status !== 'active' && !finishedBefore.has(e.id))
      items.push({
        key: `finished:${e.id}`,
        kind: 'finished',
        at: e.createdAt,
        text: `${who(e.userId)}${e.status === 'completed' ? 'Finished' : 'Stopped'} the cadence ${cadence}`,
        userId: e.userId,
      });
    else if (e.createdAt > since)
      items.push({
        key: `enrolled:${e.id}`,
        kind: 'enrolled',
        at: e.createdAt,
        text: `${who(e.userId)}Added to the cadence ${cadence}`,
        userId: e.userId,
      });
  }
  return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
