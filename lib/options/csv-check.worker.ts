import { type CsvCheckJob, runCsvCheck } from './csv-check-job';

// The Web Worker the options page checks CSV files in (see check-csv-files.ts).
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CsvCheckJob>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (e) => scope.postMessage(runCsvCheck(e.data));
