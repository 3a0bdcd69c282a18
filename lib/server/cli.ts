import { Console } from 'node:console';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { audit } from './auth/audit';
import { runTeamCommand, TEAM_USAGE } from './auth/cli-commands';
import {
  createRepToken,
  createWriteKey,
  listReps,
  listWriteKeys,
  revokeRep,
  revokeWriteKey,
} from './auth/secrets';
import type { Database } from './db/driver';
import { applyChanges } from './ingest/apply-changes';
import { seedDemo } from './ingest/demo-seed';
import type { ImportResult } from './ingest/import-common';
import { eventsCsvChanges } from './ingest/import-events';
import { taxonomyChanges } from './ingest/import-taxonomy';
import { usersCsvChanges } from './ingest/import-users';
import { updateWorkspace } from './store/workspace';

// The admin commands of `npm run server -- <command>`, against an open database. main.ts
// opens the database and turns the returned code into the process's exit code.

export const USAGE = `Usage: npm run server -- [options] [command]
  (no command)                         run the server (--port, --host, --seed demo)
  token create --name N --email E      create a rep token (printed once)
  token list | token revoke <id|email>
  writekey create --name N             create a write key for ingestion (printed once)
  writekey list | writekey revoke <id>
  import users <users.csv> [events.csv] | import events <events.csv>
  import roles|personas|cadences <file.json|file.csv>
  workspace set [--name N] [--timezone Z] [--granularity event|day] [--id I]
${TEAM_USAGE}
Environment: DATABASE_URL=postgres://… (else PGlite in DATA_DIR, default ./.data), PORT,
  HOST, ENROLLMENT_WEBHOOK_URL, ENROLLMENT_WEBHOOK_SECRET, PUBLIC_URL.`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const consoleOutput: Output = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/** console.table's rendering, as text (the output may go over the admin socket). */
function tableText(rows: object[]): string {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink }).table(rows);
  return text.trimEnd();
}

const today = () => new Date().toISOString().slice(0, 10);

/** Loads the demo workspace (first time) or adds the days of demo activity since the last start. */
export async function seedDemoCommand(db: Database, io: Output = consoleOutput): Promise<void> {
  const seeded = await seedDemo(db, today());
  io.out(
    seeded.loaded
      ? `Demo workspace loaded (${seeded.written} records written).`
      : `Demo workspace already loaded (on ${seeded.anchor}); ${seeded.written} new demo events.`,
  );
}

async function runImport(db: Database, kind: string, files: string[], io: Output): Promise<number> {
  const read = (f: string | undefined) => {
    if (!f) throw new Error(`import ${kind} needs a file.\n${USAGE}`);
    return readFileSync(f, 'utf8');
  };
  let result: ImportResult;
  if (kind === 'users')
    result = await usersCsvChanges(db, read(files[0]), files[1] ? read(files[1]) : undefined);
  else if (kind === 'events') result = await eventsCsvChanges(db, read(files[0]));
  else if (kind === 'roles' || kind === 'personas' || kind === 'cadences')
    result = taxonomyChanges(kind.slice(0, -1) as 'role' | 'persona' | 'cadence', read(files[0]));
  else throw new Error(`Unknown import "${kind}".\n${USAGE}`);
  if (!result.ok) {
    const more = result.total - result.problems.length;
    // Each problem names its file: "users: Line 3: …" → "people.csv: Line 3: …".
    const eventsFile = kind === 'users' ? files[1] : files[0];
    const named = result.problems.map((p) =>
      p.startsWith('users: ')
        ? `${files[0]}: ${p.slice(7)}`
        : p.startsWith('events: ')
          ? `${eventsFile}: ${p.slice(8)}`
          : `${files[0]}: ${p}`,
    );
    io.err(
      `Nothing imported; fix ${result.total === 1 ? 'this' : 'these'} first:\n${named.join('\n')}${
        more > 0 ? `\n…and ${more} more.` : ''
      }`,
    );
    return 1;
  }
  const outcome = await applyChanges(db, result.changes);
  io.out(
    `Imported ${result.changes.length} records: ${outcome.written} new or changed, ${result.changes.length - outcome.written - outcome.invalid.length} unchanged.`,
  );
  if (outcome.invalid.length) {
    io.err(`${outcome.invalid.length} refused: ${outcome.invalid[0]?.reason}`);
    return 1;
  }
  return 0;
}

/** Runs one admin command; returns the exit code. */
export async function runAdmin(
  db: Database,
  positional: string[],
  flags: Record<string, string>,
  io: Output = consoleOutput,
): Promise<number> {
  const [noun, verb, ...rest] = positional;
  if (noun === 'token' && verb === 'create') {
    if (!flags.name || !flags.email) throw new Error('token create needs --name and --email.');
    const { rep, token } = await createRepToken(db, { name: flags.name, email: flags.email });
    await audit(db, { actor: 'cli', action: 'rep.create', target: rep.email, detail: rep.id });
    io.out(
      `Token for ${rep.name} (id ${rep.id}). Shown once; paste it into the extension's settings:\n${token}`,
    );
  } else if (noun === 'token' && verb === 'list') io.out(tableText(await listReps(db)));
  else if (noun === 'token' && verb === 'revoke') {
    const n = await revokeRep(db, rest[0] ?? '');
    if (n) await audit(db, { actor: 'cli', action: 'rep.revoke', target: rest[0] ?? '' });
    io.out(`Revoked ${n} token(s).`);
  } else if (noun === 'writekey' && verb === 'create') {
    const { id, key } = await createWriteKey(db, flags.name ?? 'ingestion');
    await audit(db, { actor: 'cli', action: 'writekey.create', target: id });
    io.out(
      `Write key ${id}. Shown once; use it as the Segment write key / HTTP Basic user name:\n${key}`,
    );
  } else if (noun === 'writekey' && verb === 'list') io.out(tableText(await listWriteKeys(db)));
  else if (noun === 'writekey' && verb === 'revoke') {
    const n = await revokeWriteKey(db, rest[0] ?? '');
    if (n) await audit(db, { actor: 'cli', action: 'writekey.revoke', target: rest[0] ?? '' });
    io.out(`Revoked ${n} key(s).`);
  } else if (noun === 'import') return runImport(db, verb ?? '', rest, io);
  else if (noun === 'workspace' && verb === 'set') {
    const patch: Record<string, unknown> = {};
    if (flags.id) patch.id = flags.id;
    if (flags.name) patch.name = flags.name;
    if (flags.timezone) patch.timezone = flags.timezone;
    if (flags.granularity) patch.activityGranularity = flags.granularity;
    io.out(JSON.stringify(await db.transaction((tx) => updateWorkspace(tx, patch))));
    await audit(db, {
      actor: 'cli',
      action: 'workspace.update',
      detail: Object.keys(patch).join(', '),
    });
  } else if (noun === 'seed' || flags.seed) await seedDemoCommand(db, io);
  else {
    const code = await runTeamCommand(db, positional, flags, io.out);
    if (code === undefined) throw new Error(USAGE);
    return code;
  }
  return 0;
}
