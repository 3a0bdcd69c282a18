import { type CsvCheckJob, type CsvCheckOutcome, runCsvCheck } from './csv-check-job';

/** A chosen file's bytes (FileReader: works in every browser and in jsdom). */
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

/** Runs the check in a Web Worker (off the page's thread), or in-page where there is none. */
function inWorker(job: CsvCheckJob): Promise<CsvCheckOutcome> {
  if (typeof Worker === 'undefined') return Promise.resolve(runCsvCheck(job));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./csv-check.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = (outcome: CsvCheckOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (e: MessageEvent<CsvCheckOutcome>) => done(e.data);
    // A worker that cannot start (or runs out of memory) falls back to checking in-page.
    worker.onerror = (e) => {
      e.preventDefault();
      done(runCsvCheck(job));
    };
    // Copied, not transferred: the in-page fallback may still need the bytes.
    worker.postMessage(job);
  });
}

/** Reads, decodes (reporting the encoding) and checks a users file and optional events file. */
export async function checkCsvFiles(users: File, events?: File): Promise<CsvCheckOutcome> {
  const [u, e] = await Promise.all([readBytes(users), events ? readBytes(events) : undefined]);
  return inWorker({
    users: { name: users.name, bytes: u },
    ...(events && e ? { events: { name: events.name, bytes: e } } : {}),
  });
}
