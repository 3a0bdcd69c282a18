import { normaliseEmail } from '../domain/email';
import type { ActivityEvent } from '../domain/types';
import { checkHeader } from './csv-header';
import type { CsvRow } from './csv-parse';
import type { ProblemList } from './csv-problems';
import type { CheckedUsers } from './csv-users';
import { checkDateTime, checkDuration } from './csv-values';

const EVENT_COLUMNS = [
  'user_id',
  'email',
  'ts',
  'name',
  'feature',
  'module',
  'duration_sec',
] as const;

/** Checks every row of the events file against the users file and converts the good ones. */
export function checkEvents(
  rows: CsvRow[],
  users: CheckedUsers,
  problems: ProblemList,
): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  const [head, ...body] = rows;
  if (!head) {
    problems.add(
      'events',
      1,
      'the events file is empty (it needs a header line and one line per event)',
    );
    return events;
  }
  const header = checkHeader(
    head.fields,
    head.line,
    {
      known: EVENT_COLUMNS,
      required: [['user_id', 'email'], ['ts'], ['name']],
      allowCustom: false,
    },
    'events',
    problems,
  );
  if (!header.usable) return events;
  const col = (name: string) => header.columns.get(name) ?? -1;
  const cUser = col('user_id');
  const cEmail = col('email');
  const cTs = col('ts');
  const cName = col('name');
  const cFeature = col('feature');
  const cModule = col('module');
  const cDuration = col('duration_sec');

  for (const { line, fields } of body) {
    if (fields.length !== header.width) {
      problems.add(
        'events',
        line,
        `has ${fields.length} values but the header has ${header.width} columns (a value containing a comma must be in double quotes)`,
      );
      continue;
    }
    const get = (c: number) => (c < 0 ? '' : (fields[c] ?? '').trim());
    let ok = true;
    const fail = (what: string) => {
      ok = false;
      problems.add('events', line, what);
    };
    const userIdRaw = get(cUser);
    const emailRaw = get(cEmail);
    let userId: string | undefined;
    if (userIdRaw !== '') {
      if (users.ids.has(userIdRaw)) userId = userIdRaw;
      else fail(`user_id "${userIdRaw}" is not in the users file`);
      // Both given: they must name the same person, or the event would go to the wrong one.
      const byEmail =
        emailRaw === '' ? undefined : users.byEmail.get(normaliseEmail(emailRaw) ?? '');
      if (userId && emailRaw !== '' && byEmail?.id !== userId)
        fail(`email "${emailRaw}" is not the email of user_id "${userIdRaw}" in the users file`);
    } else if (emailRaw !== '') {
      // An email whose user row has no id matches no usable user.
      userId = users.byEmail.get(normaliseEmail(emailRaw) ?? '')?.id || undefined;
      if (!userId) fail(`email "${emailRaw}" matches no user in the users file`);
    } else
      fail(
        cUser >= 0 && cEmail >= 0
          ? 'user_id and email are both empty'
          : `${cUser >= 0 ? 'user_id' : 'email'} is empty`,
      );

    const ts = checkDateTime('ts', get(cTs));
    if (!ts.ok) fail(ts.problem);
    const name = get(cName);
    if (name === '') fail('name is empty (the event name, e.g. login or report_viewed)');
    const duration = checkDuration('duration_sec', get(cDuration));
    if (!duration.ok) fail(duration.problem);
    if (!ok || !userId || !ts.ok || !duration.ok) continue;

    const feature = get(cFeature);
    const module = get(cModule);
    events.push({
      // The line number is unique in the file and stable when the same file is imported again.
      id: `csv-event:${line}`,
      userId,
      ts: ts.value,
      name,
      ...(feature ? { feature } : {}),
      ...(module ? { module } : {}),
      ...(duration.value !== undefined ? { durationSec: duration.value } : {}),
    });
  }
  return events;
}
