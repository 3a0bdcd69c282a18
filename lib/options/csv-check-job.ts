import { type CsvEncoding, decodeCsvBytes } from '../sync/csv-decode';
import { type CsvCheckResult, checkCsvImport } from '../sync/csv-import';

// Checking a CSV pair (decode + parse + validate) is pure work on bytes: the options page runs
// it in a Web Worker so a million-row file does not freeze the page; the same function runs
// in-page where workers are missing (tests).

export interface CsvCheckJob {
  users: { name: string; bytes: ArrayBuffer };
  events?: { name: string; bytes: ArrayBuffer };
}

export type CsvCheckOutcome =
  | {
      ok: true;
      result: CsvCheckResult;
      encodings: { users: CsvEncoding; events?: CsvEncoding };
    }
  | { ok: false; error: string };

export function runCsvCheck(job: CsvCheckJob): CsvCheckOutcome {
  try {
    const users = decodeCsvBytes(new Uint8Array(job.users.bytes), job.users.name);
    const events = job.events
      ? decodeCsvBytes(new Uint8Array(job.events.bytes), job.events.name)
      : undefined;
    return {
      ok: true,
      result: checkCsvImport(users.text, events?.text),
      encodings: { users: users.encoding, ...(events ? { events: events.encoding } : {}) },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
