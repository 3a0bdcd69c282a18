// What happened to each write of a bulk action, said in one line and per person.

export type BulkItemOutcome =
  | { userId: string; state: 'done' }
  | { userId: string; state: 'skipped'; reason: string }
  | { userId: string; state: 'failed'; reason: string };

/** "11 enrolled, 3 skipped, 1 failed" (the verb says what the action did). */
export function bulkOutcomeSummary(outcomes: readonly BulkItemOutcome[], verb: string): string {
  const n = (s: BulkItemOutcome['state']) => outcomes.filter((o) => o.state === s).length;
  const parts = [`${n('done')} ${verb}`];
  if (n('skipped')) parts.push(`${n('skipped')} skipped`);
  if (n('failed')) parts.push(`${n('failed')} failed`);
  return parts.join(', ');
}
