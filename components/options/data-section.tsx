import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { getDb } from '@/lib/db/database';
import { resetLocalData } from '@/lib/options/background-commands';
import { formatBytes, plural } from '@/lib/options/format';
import { notesToCsv } from '@/lib/options/notes-csv';
import { tableCountsQuery } from '@/lib/options/options-queries';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import { ConfirmPanel } from './confirm-panel';
import { downloadText } from './download-text';
import { OptionsSection } from './options-section';
import { StatusLine, type StatusText } from './status-line';

/** The big synced tables: counted after each completed sync (see tableCountsQuery). */
const SYNCED = [
  ['users', 'Users'],
  ['accounts', 'Accounts'],
  ['events', 'Events'],
  ['activityDays', 'Activity days'],
] as const;

/** Small tables, counted live: the rep's own notes and unsent changes show at once. */
const LIVE = [
  ['notes', 'Notes'],
  ['cadences', 'Cadences'],
  ['enrollments', 'Enrolments'],
  ['roles', 'Roles'],
  ['personas', 'Personas'],
  ['outbox', 'Unsynced changes'],
  ['rejected', 'Rejected records'],
] as const;

const TABLES = [...SYNCED, ...LIVE];
const SYNCED_NAMES = SYNCED.map(([table]) => table);
const LIVE_NAMES = LIVE.map(([table]) => table);

async function exportNotes(): Promise<string> {
  const db = getDb();
  const notes = await db.notes.toArray();
  if (notes.length === 0) return 'There are no notes to export.';
  const userIds = [...new Set(notes.flatMap((n) => (n.userId ? [n.userId] : [])))];
  const users = await db.users.bulkGet(userIds);
  const emails = new Map(users.flatMap((u) => (u?.email ? [[u.id, u.email] as const] : [])));
  const day = new Date().toISOString().slice(0, 10);
  downloadText(
    `notes-${day}.csv`,
    notesToCsv(notes, (id) => emails.get(id)),
  );
  return `Exported ${plural(notes.length, 'note')} to notes-${day}.csv.`;
}

/** What is stored on this browser, the notes export, and the reset. */
export function DataSection() {
  const { data: lastSyncAt } = useQuery({
    ...syncStatusQuery(),
    select: (status) => status?.lastSyncAt ?? null,
  });
  const { data: synced, refetch } = useQuery({
    ...tableCountsQuery(SYNCED_NAMES, lastSyncAt ?? null),
    enabled: lastSyncAt !== undefined,
  });
  const { data: live } = useQuery(tableCountsQuery(LIVE_NAMES));
  const counts =
    synced && live
      ? TABLES.map(([table, label]) => ({
          label,
          count: synced.get(table) ?? live.get(table) ?? 0,
        }))
      : undefined;
  const [bytes, setBytes] = useState<number>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<StatusText>();

  const measure = useCallback(() => {
    void navigator.storage
      ?.estimate?.()
      .then((e) => setBytes(e.usage))
      .catch(() => setBytes(undefined));
  }, []);
  useEffect(measure, [measure]);
  const unsynced = counts?.find((c) => c.label === 'Unsynced changes')?.count ?? 0;

  const reset = async () => {
    setBusy(true);
    const result = await resetLocalData();
    setBusy(false);
    setConfirming(false);
    setStatus(
      result.ok
        ? { ok: true, text: 'Local data was reset. A fresh sync has started.' }
        : { ok: false, text: `Could not reset the local data: ${result.error}` },
    );
    measure();
    void refetch();
  };

  return (
    <OptionsSection title="Data" description="The copy of the workspace kept on this browser.">
      <table className="options-table" aria-label="Records per table">
        <tbody>
          {(counts ?? []).map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td className="num">{c.count.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        Users, accounts, events and activity days are counted after each completed sync.
      </p>
      <p>Storage used: {bytes === undefined ? 'unknown' : formatBytes(bytes)}</p>
      <div className="options-actions">
        <button
          type="button"
          onClick={() =>
            void exportNotes()
              .then((text) => setStatus({ ok: true, text }))
              .catch((e) => setStatus({ ok: false, text: `Could not export the notes: ${e}` }))
          }
        >
          Export notes as CSV
        </button>
        <button type="button" className="options-danger" onClick={() => setConfirming(true)}>
          Reset local data
        </button>
      </div>
      {confirming ? (
        <ConfirmPanel
          title="Reset local data?"
          confirmLabel="Reset and sync again"
          danger
          busy={busy}
          onConfirm={() => void reset()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            This deletes the workspace copy on this browser and downloads it again from the data
            source.
            {unsynced > 0
              ? ` ${plural(unsynced, 'change')} not yet sent to the server will be lost.`
              : ' Nothing unsynced will be lost.'}
          </p>
        </ConfirmPanel>
      ) : null}
      <StatusLine status={status} />
    </OptionsSection>
  );
}
