import { plural } from '@/lib/options/format';
import type { CsvCheckResult } from '@/lib/sync/csv-import';

const FILE_WORDS = { users: 'Users file', events: 'Events file' } as const;

/** The check of a CSV pair: what would be imported, or every problem with its line number. */
export function CsvCheckResultView({ result }: { result: CsvCheckResult }) {
  if (result.ok) {
    const c = result.counts;
    return (
      <p className="options-ok" role="status">
        Ready to import {plural(c.users, 'user')}, {plural(c.accounts, 'account')},{' '}
        {plural(c.events, 'event')}, {plural(c.roles, 'role')} and {plural(c.personas, 'persona')}.
      </p>
    );
  }
  const more = result.totalProblems - result.problems.length;
  return (
    <div role="alert">
      <p className="options-error">
        Nothing was imported: the files have {plural(result.totalProblems, 'problem')}. Fix{' '}
        {result.totalProblems === 1 ? 'it' : 'them'} and choose the files again.
      </p>
      <ul className="options-problems" aria-label="Problems in the CSV files">
        {result.problems.map((p) => (
          <li key={`${p.file}:${p.line}:${p.message}`}>
            {FILE_WORDS[p.file]}, {p.message}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="options-muted">…and {plural(more, 'more problem')}.</p> : null}
    </div>
  );
}
