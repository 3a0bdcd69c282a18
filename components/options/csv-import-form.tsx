import { useRef, useState } from 'react';
import { checkCsvFiles } from '@/lib/options/check-csv-files';
import type { CsvEncoding } from '@/lib/sync/csv-decode';
import type { CsvCheckResult, CsvImportData } from '@/lib/sync/csv-import';
import { CsvCheckResultView } from './csv-check-result';
import { CsvSampleLinks } from './csv-sample-links';

export interface CsvImportFormProps {
  /** Called with checked data only; resolves to a problem in words, or undefined. */
  onImport(data: CsvImportData): Promise<string | undefined>;
}

/** Choose a users file (and optionally an events file), see the check, then import. */
export function CsvImportForm({ onImport }: CsvImportFormProps) {
  const [users, setUsers] = useState<File>();
  const [events, setEvents] = useState<File>();
  const [result, setResult] = useState<CsvCheckResult>();
  const [encodings, setEncodings] = useState<{ users: CsvEncoding; events?: CsvEncoding }>();
  const [busy, setBusy] = useState<'checking' | 'importing'>();
  const [problem, setProblem] = useState<string>();
  // Choosing the events file while the users file is still being checked starts a second
  // check; whichever finishes last must not win, only the one for the files chosen now.
  const latestCheck = useRef(0);

  const check = async (u: File | undefined, e: File | undefined) => {
    const id = ++latestCheck.current;
    setResult(undefined);
    setEncodings(undefined);
    setProblem(undefined);
    if (!u) {
      setBusy(undefined);
      return;
    }
    setBusy('checking');
    let outcome: Awaited<ReturnType<typeof checkCsvFiles>>;
    try {
      outcome = await checkCsvFiles(u, e);
    } catch (err) {
      outcome = {
        ok: false,
        error: `Could not read the file: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    if (id !== latestCheck.current) return;
    if (outcome.ok) {
      setResult(outcome.result);
      setEncodings(outcome.encodings);
    } else setProblem(outcome.error);
    setBusy(undefined);
  };

  return (
    <div>
      <div className="options-field">
        <label htmlFor="csv-users">Users file (CSV)</label>
        <input
          id="csv-users"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setUsers(file);
            void check(file, events);
          }}
        />
      </div>
      <div className="options-field">
        <label htmlFor="csv-events">Events file (CSV, optional)</label>
        <input
          id="csv-events"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setEvents(file);
            void check(users, file);
          }}
        />
      </div>
      <CsvSampleLinks />
      {busy === 'checking' ? <p className="options-muted">Checking the files…</p> : null}
      {!users && !busy ? <p className="options-muted">Choose a users file to check it.</p> : null}
      {encodings ? (
        <p className="options-muted">
          Read the users file as {encodings.users}
          {encodings.events ? ` and the events file as ${encodings.events}` : ''}.
          {encodings.users !== 'UTF-8' || (encodings.events && encodings.events !== 'UTF-8')
            ? ' If names look wrong, save the files as “CSV UTF-8” and choose them again.'
            : ''}
        </p>
      ) : null}
      {result ? <CsvCheckResultView result={result} /> : null}
      {result?.ok ? (
        <div className="options-actions">
          <button
            type="button"
            className="options-primary"
            disabled={busy !== undefined}
            onClick={async () => {
              setBusy('importing');
              setProblem(await onImport(result.data));
              setBusy(undefined);
            }}
          >
            Import
          </button>
        </div>
      ) : null}
      {problem ? <p className="options-error">{problem}</p> : null}
    </div>
  );
}
