import { getDb } from '../db/database';
import { type CsvStagingHeader, META } from '../db/meta';
import { upsert, type WireChange } from '../protocol/wire-change';
import type { CsvImportData } from './csv-import';

// A checked CSV import waits in IndexedDB meta until the background pulls it like any feed,
// so the background stays the only writer of synced data. It is split into chunks of one
// page each: a 100k-row import is tens of MB, and reading all of it for every page of 5000
// changes would make the import quadratic.

const CSV_CHUNK_SIZE = 5000;

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
  const chunks: [string, WireChange[]][] = [];
  for (let i = 0; i * CSV_CHUNK_SIZE < changes.length; i++)
    chunks.push([String(i), changes.slice(i * CSV_CHUNK_SIZE, (i + 1) * CSV_CHUNK_SIZE)]);
  await db.transaction('rw', db.meta, async () => {
    await META.csvChunks.clear();
    await META.csvChunks.putMany(chunks);
    await META.csvStaging.set(header);
  });
}

export function readCsvStagingHeader(): Promise<CsvStagingHeader | undefined> {
  return META.csvStaging.get();
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
  const ids: string[] = [];
  for (let i = first; i <= last; i++) ids.push(String(i));
  const chunks = await META.csvChunks.getMany(ids);
  const all: WireChange[] = [];
  for (const chunk of chunks) {
    if (!chunk)
      throw new Error('Part of the imported CSV data is missing. Import the files again.');
    all.push(...chunk);
  }
  const skip = offset - first * header.chunkSize;
  return all.slice(skip, skip + (end - offset));
}

/** Forgets the staged import (e.g. after switching to another source). */
export async function clearCsvStaging(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.meta, async () => {
    await META.csvChunks.clear();
    await META.csvStaging.remove();
  });
}
