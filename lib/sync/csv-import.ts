import type { CsvCounts } from '../db/meta';
import { DEFAULT_NOTE_TYPES } from '../domain/definitions';
import type { Account, ActivityEvent, Role, User, Workspace } from '../domain/types';
import { checkEvents } from './csv-events';
import { parseCsv } from './csv-parse';
import { type CsvFile, type CsvProblem, ProblemList } from './csv-problems';
import { checkUsers } from './csv-users';

export type { CsvProblem } from './csv-problems';
export { MAX_SHOWN_PROBLEMS } from './csv-problems';

const CSV_WORKSPACE_ID = 'csv';

export interface CsvImportData {
  workspace: Workspace;
  accounts: Account[];
  roles: Role[];
  personas: Role[];
  users: User[];
  events: ActivityEvent[];
}

export type CsvCheckResult =
  | { ok: true; counts: CsvCounts; data: CsvImportData }
  /** `problems` holds the first 50 in file order (users file first); `totalProblems` all. */
  | { ok: false; problems: CsvProblem[]; totalProblems: number };

export interface CsvImportOptions {
  /** Used as "created at" for users without one. */
  now?: Date;
  workspaceName?: string;
  /** The IANA zone calendar days are counted in (default UTC). */
  timezone?: string;
}

/**
 * Checks the users file (and the events file, when given) WHOLE before anything is imported:
 * one bad row anywhere means nothing is imported and the user gets every problem with its
 * line number. On success, returns the converted data ready to stage.
 */
export function checkCsvImport(
  usersText: string,
  eventsText?: string,
  opts: CsvImportOptions = {},
): CsvCheckResult {
  const problems = new ProblemList();
  const parsed = (file: CsvFile, text: string) => {
    const result = parseCsv(text);
    for (const p of result.problems) problems.addPhrased(file, p.line, p.message);
    return result.rows;
  };
  const users = checkUsers(
    parsed('users', usersText),
    problems,
    (opts.now ?? new Date()).toISOString(),
  );
  const events =
    eventsText === undefined ? [] : checkEvents(parsed('events', eventsText), users, problems);
  if (problems.total > 0)
    return { ok: false, problems: problems.shown, totalProblems: problems.total };

  const workspace: Workspace = {
    id: CSV_WORKSPACE_ID,
    name: opts.workspaceName ?? 'Imported from CSV',
    timezone: opts.timezone ?? 'UTC',
    activityWindowDays: 30,
    powerUserTopPercent: 10,
    activityEvents: [],
    noteTypes: [...DEFAULT_NOTE_TYPES],
    activityGranularity: 'event',
  };
  const data: CsvImportData = {
    workspace,
    accounts: users.accounts,
    roles: users.roles,
    personas: users.personas,
    users: users.users,
    events,
  };
  return {
    ok: true,
    data,
    counts: {
      users: data.users.length,
      accounts: data.accounts.length,
      roles: data.roles.length,
      personas: data.personas.length,
      events: data.events.length,
    },
  };
}
