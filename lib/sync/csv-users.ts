import { normaliseEmail } from '../domain/email';
import { isValidTimeZone } from '../domain/time';
import type { Account, CustomFieldValue, Role, User } from '../domain/types';
import { checkHeader } from './csv-header';
import type { CsvRow } from './csv-parse';
import type { ProblemList } from './csv-problems';
import { checkBoolean, checkDateTime, typeCustomColumn } from './csv-values';

const USER_COLUMNS = [
  'id',
  'email',
  'first_name',
  'last_name',
  'title',
  'phone',
  'timezone',
  'account_id',
  'account_name',
  'role',
  'persona',
  'segment',
  'created_at',
  'crm_contact',
] as const;

export interface CheckedUsers {
  users: User[];
  accounts: Account[];
  roles: Role[];
  personas: Role[];
  /** Normalised email → user id, for the events file (rows with problems included, so an
   * event is not also blamed for its user's mistake). */
  byEmail: Map<string, { id: string; line: number }>;
  /** Every id in the file → the line it is first on. */
  ids: Map<string, number>;
}

// Ids derived from names are stable across imports, so re-importing the same file maps to
// the same accounts, roles and personas.
const accountIdFromName = (name: string) => `csv-account:${name.trim().toLowerCase()}`;
const roleIdFromName = (name: string) => `csv-role:${name.trim().toLowerCase()}`;
const personaIdFromName = (name: string) => `csv-persona:${name.trim().toLowerCase()}`;

/** Checks every row of the users file and converts the good ones. */
export function checkUsers(rows: CsvRow[], problems: ProblemList, nowIso: string): CheckedUsers {
  const out: CheckedUsers = {
    users: [],
    accounts: [],
    roles: [],
    personas: [],
    byEmail: new Map(),
    ids: new Map(),
  };
  const [head, ...body] = rows;
  if (!head) {
    problems.add(
      'users',
      1,
      'the users file is empty (it needs a header line and one line per user)',
    );
    return out;
  }
  const header = checkHeader(
    head.fields,
    head.line,
    { known: USER_COLUMNS, required: [['id'], ['email']], allowCustom: true },
    'users',
    problems,
  );
  if (!header.usable) return out;
  if (body.length === 0)
    problems.add('users', head.line, 'the users file has a header but no users');

  const col = (name: string) => header.columns.get(name) ?? -1;
  const cId = col('id');
  const cEmail = col('email');
  const cFirst = col('first_name');
  const cLast = col('last_name');
  const cTitle = col('title');
  const cPhone = col('phone');
  const cTz = col('timezone');
  const cAccId = col('account_id');
  const cAccName = col('account_name');
  const cRole = col('role');
  const cPersona = col('persona');
  const cSeg = col('segment');
  const cCreated = col('created_at');
  const cCrm = col('crm_contact');
  const accounts = new Map<string, { account: Account; line: number }>();
  const roles = new Map<string, Role>();
  const personas = new Map<string, Role>();
  const customValues = header.custom.map((c) => body.map((r) => r.fields[c.index] ?? ''));
  const customTyped = customValues.map(typeCustomColumn);
  const validZones = new Map<string, boolean>();

  body.forEach((row, r) => {
    const { line, fields } = row;
    if (fields.length !== header.width) {
      // Still remember who this row names, so events are not also blamed for this mistake.
      const id = (fields[cId] ?? '').trim();
      const email = normaliseEmail(fields[cEmail]);
      if (id !== '' && !out.ids.has(id)) out.ids.set(id, line);
      if (email && !out.byEmail.has(email)) out.byEmail.set(email, { id, line });
      problems.add(
        'users',
        line,
        `has ${fields.length} values but the header has ${header.width} columns (a value containing a comma must be in double quotes)`,
      );
      return;
    }
    const get = (c: number) => (c < 0 ? '' : (fields[c] ?? '').trim());
    let ok = true;
    const fail = (what: string) => {
      ok = false;
      problems.add('users', line, what);
    };
    const id = get(cId);
    if (id === '') fail('id is empty (every user needs an id)');
    else if (out.ids.has(id)) fail(`id "${id}" is already used on line ${out.ids.get(id)}`);
    else {
      out.ids.set(id, line);
    }

    const rawEmail = get(cEmail);
    const email = rawEmail === '' ? undefined : normaliseEmail(rawEmail);
    if (rawEmail !== '' && !email) fail(`email "${rawEmail}" is not an email address`);
    else if (email && out.byEmail.has(email))
      fail(`email "${rawEmail}" is already used on line ${out.byEmail.get(email)?.line}`);
    else if (email) {
      out.byEmail.set(email, { id, line });
    }

    const timezone = get(cTz);
    if (timezone !== '') {
      if (!validZones.has(timezone)) validZones.set(timezone, isValidTimeZone(timezone));
      if (!validZones.get(timezone))
        fail(`timezone "${timezone}" is not an IANA time zone (e.g. Europe/Paris)`);
    }
    const created = get(cCreated);
    const createdAt =
      created === ''
        ? { ok: true as const, value: nowIso }
        : checkDateTime('created_at', created, true);
    if (!createdAt.ok) fail(createdAt.problem);
    const crm = checkBoolean('crm_contact', get(cCrm));
    if (!crm.ok) fail(crm.problem);

    let accountId = get(cAccId);
    const accountName = get(cAccName);
    if (accountId === '' && accountName !== '') accountId = accountIdFromName(accountName);
    if (accountId !== '') {
      const known = accounts.get(accountId);
      if (!known)
        accounts.set(accountId, {
          account: { id: accountId, name: accountName || accountId },
          line,
        });
      else if (
        accountName !== '' &&
        known.account.name.toLowerCase() !== accountName.toLowerCase()
      ) {
        if (known.account.name === accountId) known.account.name = accountName;
        else
          fail(
            `account "${accountId}" is named "${accountName}" here but "${known.account.name}" on line ${known.line}`,
          );
      }
    }
    const roleName = get(cRole);
    const roleId = roleName === '' ? undefined : roleIdFromName(roleName);
    if (roleId && !roles.has(roleId)) roles.set(roleId, { id: roleId, name: roleName });
    const personaName = get(cPersona);
    const personaId = personaName === '' ? undefined : personaIdFromName(personaName);
    if (personaId && !personas.has(personaId))
      personas.set(personaId, { id: personaId, name: personaName });

    if (!ok || !createdAt.ok || !crm.ok) return;
    const customFields: Record<string, CustomFieldValue> = {};
    header.custom.forEach((c, k) => {
      customFields[c.name] = customTyped[k]?.[r] ?? null;
    });
    // Plain assignments rather than spreads: this runs for every row of 100k-row files.
    const user: User = { id, createdAt: createdAt.value };
    if (email) user.email = email;
    const first = get(cFirst);
    if (first) user.firstName = first;
    const last = get(cLast);
    if (last) user.lastName = last;
    const title = get(cTitle);
    if (title) user.title = title;
    const phone = get(cPhone);
    if (phone) user.phone = phone;
    if (timezone) user.timezone = timezone;
    if (accountId) user.accountId = accountId;
    if (roleId) user.roleId = roleId;
    if (personaId) user.personaId = personaId;
    const segment = get(cSeg);
    if (segment) user.segment = segment;
    if (crm.value !== undefined) user.crmContact = crm.value;
    if (header.custom.length > 0) user.customFields = customFields;
    out.users.push(user);
  });
  out.accounts = [...accounts.values()].map((a) => a.account);
  out.roles = [...roles.values()];
  out.personas = [...personas.values()];
  return out;
}
