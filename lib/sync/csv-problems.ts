/** Which of the two files a problem is in. */
export type CsvFile = 'users' | 'events';

export interface CsvProblem {
  file: CsvFile;
  line: number;
  /** Ready to show, e.g. `Line 7: ts "yesterday" is not a date-time (use ISO 8601, …)`. */
  message: string;
}

/** How many problems are kept to show; the rest are only counted. */
export const MAX_SHOWN_PROBLEMS = 50;

/** Collects problems in file order, keeping the first 50 and counting all of them. */
export class ProblemList {
  readonly shown: CsvProblem[] = [];
  total = 0;

  add(file: CsvFile, line: number, what: string): void {
    this.total++;
    if (this.shown.length < MAX_SHOWN_PROBLEMS)
      this.shown.push({ file, line, message: `Line ${line}: ${what}` });
  }

  /** For messages the parser already phrased with their line number. */
  addPhrased(file: CsvFile, line: number, message: string): void {
    this.total++;
    if (this.shown.length < MAX_SHOWN_PROBLEMS) this.shown.push({ file, line, message });
  }
}
