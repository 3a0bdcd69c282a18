import { getDb } from '../db/database';
import { upsert, type WireChange } from '../protocol/wire-change';
import type { CsvCounts, CsvImportData } from './csv-import';

// A checked CSV import waits in IndexedDB meta until the background pulls it like any feed,
// so the background stays the only writer of synced data. It is split into chunks of one
// page each: a 100k-row import is tens of MB, and reading all of it for every page of 5000
// changes would make the import quadratic.

export const CSV_STAGING_KEY = 'csvStaging';
const CHUNK_PREFIX = `${CSV_STAGING_KEY}:`;
export const CSV_CHUNK_SIZE = 5000;

export interface CsvStagingHeader {
  /** Changes with each new import, so a sync position from an older import is refused. */
  importId: string;
  stagedAt: string;
  workspaceName: string;
  total: number;
  chunkSize: number;
  counts: CsvCounts;
}

/** The changes of an import, entities before the events that refer to them. */
export function csvChanges(data: CsvImportData): WireChange[] {
  return [
    upsert('workspace', data.workspace),
    ...data.roles.map((r) => upsert('role', r)),
    ...data.personas.map((p) => upsert('persona', p)),
    ...data.accounts.map((a) => upsert('account', a)),
    ...data.users.map((u) => upsert('user', u)),
    ...data.events.map((e) => upsert('event', e)),
  ];
}

/** Stages checked data for the CSV source, replacing any earlier import, in one transaction. */
export async function stageCsvImport(data: CsvImportData): Promise<void> {
  const db = getDb();
  const changes = csvChanges(data);
  const header: CsvStagingHeader = {
    importId: crypto.randomUUID(),
    stagedAt: new Date().toISOString(),
    workspaceName: data.workspace.name,
    total: changes.length,
    chunkSize: CSV_CHUNK_SIZE,
    counts: {
      users: data.users.length,
      accounts: data.accounts.length,
      roles: data.roles.length,
      personas: data.personas.length,
      events: data.events.length,
    },
  };
  const rows: { key: string; value: WireChange[] }[] = [];
  for (let i = 0; i * CSV_CHUNK_SIZE < changes.length; i++)
    rows.push({
      key: `${CHUNK_PREFIX}${i}`,
      value: changes.slice(i * CSV_CHUNK_SIZE, (i + 1) * CSV_CHUNK_SIZE),
    });
  await db.transaction('rw', db.meta, async () => {
    await db.meta.where('key').startsWith(CHUNK_PREFIX).delete();
    await db.meta.bulkPut(rows);
    await db.meta.put({ key: CSV_STAGING_KEY, value: header });
  });
}

export async function readCsvStagingHeader(): Promise<CsvStagingHeader | undefined> {
  return (await getDb().meta.get(CSV_STAGING_KEY))?.value as CsvStagingHeader | undefined;
}

/** Changes [offset, offset + limit) of the staged import. */
export async function readStagedChanges(
  header: CsvStagingHeader,
  offset: number,
  limit: number,
): Promise<WireChange[]> {
  const end = Math.min(header.total, offset + limit);
  if (offset >= end) return [];
  const first = Math.floor(offset / header.chunkSize);
  const last = Math.floor((end - 1) / header.chunkSize);
  const keys: string[] = [];
  for (let i = first; i <= last; i++) keys.push(`${CHUNK_PREFIX}${i}`);
  const chunks = await getDb().meta.bulkGet(keys);
  const all: WireChange[] = [];
  for (const chunk of chunks) {
    if (!chunk)
      throw new Error('Part of the imported CSV data is missing. Import the files again.');
    all.push(...(chunk.value as WireChange[]));
  }
  const skip = offset - first * header.chunkSize;
  return all.slice(skip, skip + (end - offset));
}

/** Forgets the staged import (e.g. after switching to another source). */
export async function clearCsvStaging(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.meta, async () => {
    await db.meta.where('key').startsWith(CHUNK_PREFIX).delete();
    await db.meta.delete(CSV_STAGING_KEY);
  });
}
