import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/server/auth/audit';
import { createInvitation, exchangeCode } from '@/lib/server/auth/invitations';
import { type Output, runAdmin } from '@/lib/server/cli';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';

// Connection codes (sync-protocol.md "Sign-in (optional)"): made by an admin, exchanged once
// for a rep token, refused when used, expired or revoked; and the audit log behind them.

const NOW = new Date('2026-11-20T12:00:00.000Z');

function capture(): Output & { text: () => string } {
  const lines: string[] = [];
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), text: () => lines.join('\n') };
}

describe.each(BACKENDS)('connection codes on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  const exchange = (code: unknown) =>
    (kit as NonNullable<typeof kit>).call('POST', '/v1/auth/exchange', { code }, '');

  it('lists the sign-in methods without a token', async () => {
    kit = await serverWithKeys(database);
    const res = await kit.call('GET', '/v1/auth', undefined, '');
    expect(res.status).toBe(200);
    expect(res.json.methods).toEqual(expect.arrayContaining(['token', 'code']));
  });

  it('invite create prints a code that connects once, as the invited person', async () => {
    kit = await serverWithKeys(database);
    const io = capture();
    const code = await runAdmin(
      database.db,
      ['invite', 'create'],
      { email: 'ria@example.com', name: 'Ria Rep', server: `${kit.server.url}/` },
      io,
    );
    expect(code).toBe(0);
    const connection = io.text().split('\n').at(-1) as string;
    expect(connection.startsWith(`${kit.server.url}#code=upc_`)).toBe(true);
    const secret = connection.split('#code=')[1] as string;

    const first = await exchange(secret);
    expect(first.status).toBe(200);
    expect(first.json.user).toEqual({ name: 'Ria Rep', email: 'ria@example.com' });
    const who = await kit.call('GET', '/v1/whoami', undefined, `Bearer ${first.json.token}`);
    expect(who.json.user.email).toBe('ria@example.com');

    const again = await exchange(secret);
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe('code_spent');

    // The code is stored hashed: nothing in the database holds it.
    const dump = JSON.stringify(await database.db.query('SELECT * FROM invitations'));
    expect(dump).not.toContain(secret);
    const log = await listAudit(database.db);
    expect(log.map((e) => e.action)).toEqual(['signin.code', 'invitation.create']);
    expect(JSON.stringify(log)).not.toContain(secret);
    expect(JSON.stringify(log)).not.toContain(first.json.token);
  });

  it('refuses an unknown code with 400 and a malformed body with 400', async () => {
    kit = await serverWithKeys(database);
    expect((await exchange('upc_nothing-like-it')).status).toBe(400);
    expect((await exchange(42)).status).toBe(400);
  });

  it('a code is valid for its hours only, and not after it was revoked', async () => {
    kit = await serverWithKeys(database);
    const { code } = await createInvitation(
      database.db,
      { email: 'late@example.com', createdBy: 'test', ttlHours: 1 },
      NOW,
    );
    const later = new Date(NOW.getTime() + 3_600_000);
    const expired = await exchangeCode(database.db, code, later);
    expect(expired).toMatchObject({ ok: false, status: 410 });
    const inTime = await exchangeCode(database.db, code, new Date(later.getTime() - 1000));
    expect(inTime.ok).toBe(true);

    const io = capture();
    const { invitation, code: other } = await createInvitation(database.db, {
      email: 'gone@example.com',
      createdBy: 'test',
    });
    await runAdmin(database.db, ['invite', 'revoke', invitation.id], {}, io);
    expect(io.text()).toContain('Revoked 1');
    expect((await exchange(other)).status).toBe(410);
  });

  it('an expired token answers 401; the audit log records CLI revocations and key changes', async () => {
    kit = await serverWithKeys(database);
    await database.db.query(`UPDATE reps SET expires_at = now() - interval '1 minute'`);
    expect((await kit.call('GET', '/v1/whoami')).status).toBe(401);
    const io = capture();
    await runAdmin(database.db, ['writekey', 'create'], { name: 'warehouse' }, io);
    const key = io.text().split('\n').at(-1) as string;
    await runAdmin(database.db, ['token', 'revoke', 'sam@example.com'], {}, io);
    const log = await listAudit(database.db);
    expect(log.map((e) => [e.actor, e.action])).toEqual([
      ['cli', 'rep.revoke'],
      ['cli', 'writekey.create'],
    ]);
    expect(JSON.stringify(log)).not.toContain(key);
  });
});

describe.each(BACKENDS)('what the admin page learns from requests, on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  it('keeps the extension version, the last pull and pushes per day, and refused ingestion', async () => {
    kit = await serverWithKeys(database);
    const headers = { authorization: `Bearer ${kit.token}`, 'x-extension-version': '1.4.2' };
    expect((await fetch(`${kit.server.url}/v1/changes`, { headers })).status).toBe(200);
    const put = await fetch(`${kit.server.url}/v1/roles/r1`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'r1', name: 'Champion' }),
    });
    expect(put.status).toBeLessThan(300);
    const [rep] = await database.db.query<{ extension_version: string; last_pull_at: unknown }>(
      'SELECT extension_version, last_pull_at FROM reps',
    );
    expect(rep?.extension_version).toBe('1.4.2');
    expect(rep?.last_pull_at).not.toBeNull();
    const pushes = await database.db.query<{ count: number }>('SELECT count FROM rep_pushes');
    expect(pushes.map((p) => p.count)).toEqual([1]);

    const refused = await kit.call('POST', '/v1/track', { event: 'x' }, 'Basic bm9wZTo=');
    expect(refused.status).toBe(401);
    const rows = await database.db.query<{ status: number; reason: string }>(
      'SELECT status, reason FROM ingest_rejections',
    );
    expect(rows).toEqual([{ status: 401, reason: 'Invalid or revoked write key.' }]);
  });
});
