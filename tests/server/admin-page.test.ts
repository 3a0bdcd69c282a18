import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/server/auth/audit';
import { createRepToken } from '@/lib/server/auth/secrets';
import { adminClient } from './support/admin-client';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';

// /admin keeps strangers out: the role is checked on every route, forms need their CSRF token
// and this origin, sessions expire, sign-in attempts are limited, secrets are shown once.

const GETS = [
  '/admin',
  '/admin/reps',
  '/admin/access',
  '/admin/ingestion',
  '/admin/workspace',
  '/admin/audit',
];
const POSTS = [
  '/admin/logout',
  '/admin/reps/x/revoke',
  '/admin/access/invitations',
  '/admin/access/invitations/x/revoke',
  '/admin/access/writekeys',
  '/admin/access/writekeys/x/revoke',
  '/admin/ingestion/webhooks/x/retry',
  '/admin/workspace',
];

describe.each(BACKENDS)('the admin page on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  async function withAdmin() {
    kit = await serverWithKeys(database);
    const { token } = await createRepToken(
      database.db,
      { name: 'Ada Admin', email: 'ada@example.com' },
      { role: 'admin' },
    );
    const browser = adminClient(kit.server.url);
    return { kit, token, browser };
  }

  it('answers a rep token with 403 on every admin route, and an admin token with the page', async () => {
    const { kit, token } = await withAdmin();
    for (const [method, path] of [
      ...GETS.map((p) => ['GET', p]),
      ...POSTS.map((p) => ['POST', p]),
    ] as const) {
      const res = await fetch(`${kit.server.url}${path}`, {
        method,
        redirect: 'manual',
        headers: { authorization: `Bearer ${kit.token}` },
      });
      expect([path, res.status]).toEqual([path, 403]);
    }
    for (const path of GETS.slice(1)) {
      const res = await fetch(`${kit.server.url}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect([path, res.status]).toEqual([path, 200]);
    }
    // The sign-in form refuses a rep's token too, and says so in the audit log.
    const browser = adminClient(kit.server.url);
    expect((await browser.signIn(kit.token)).status).toBe(403);
    expect(browser.jar.has('admin_session')).toBe(false);
    expect((await listAudit(database.db))[0]).toMatchObject({
      actor: 'sam@example.com',
      action: 'signin.refused',
    });
  });

  it('signs in to a strict, HttpOnly session that expires and then sends the admin to sign in', async () => {
    const { token, browser } = await withAdmin();
    expect((await browser.get('/admin/reps')).location).toBe('/admin/login');
    const signedIn = await browser.signIn(token);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/admin/reps');
    const cookie = signedIn.setCookie.find((l) => l.startsWith('admin_session=')) as string;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i);
    const page = await browser.get('/admin/reps');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Sam Seller');

    await database.db.query(`UPDATE admin_sessions SET expires_at = now() - interval '1 second'`);
    const expired = await browser.get('/admin/reps');
    expect([expired.status, expired.location]).toEqual([303, '/admin/login']);
    const post = await browser.post('/admin/access/writekeys', { name: 'late' });
    expect([post.status, post.location]).toEqual([303, '/admin/login']);

    // Behind a TLS-terminating proxy the cookie is Secure.
    const behindProxy = adminClient(kit?.server.url as string);
    await behindProxy.get('/admin/login', { 'x-forwarded-proto': 'https' });
    const tls = await behindProxy.post(
      '/admin/login',
      { token },
      {
        origin: kit?.server.url.replace('http:', 'https:'),
        headers: { 'x-forwarded-proto': 'https' },
      },
    );
    expect(tls.setCookie.find((l) => l.startsWith('admin_session='))).toMatch(/Secure/);
  });

  it('refuses a form without its CSRF token or from another origin; shows a new key once', async () => {
    const { token, browser } = await withAdmin();
    await browser.signIn(token);
    await browser.get('/admin/access');
    const keys = () => database.db.query('SELECT id FROM write_keys');
    const before = (await keys()).length;
    expect(
      (await browser.post('/admin/access/writekeys', { name: 'a' }, { csrf: null })).status,
    ).toBe(403);
    expect(
      (await browser.post('/admin/access/writekeys', { name: 'a' }, { csrf: 'forged' })).status,
    ).toBe(403);
    expect(
      (
        await browser.post(
          '/admin/access/writekeys',
          { name: 'a' },
          { origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403);
    expect(
      (await browser.post('/admin/access/writekeys', { name: 'a' }, { origin: null })).status,
    ).toBe(403);
    expect((await keys()).length).toBe(before);

    const created = await browser.post('/admin/access/writekeys', { name: 'warehouse' });
    expect(created.status).toBe(201);
    const key = /class="secret">([^<]+)</.exec(created.html)?.[1] as string;
    expect(key).toMatch(/^upw_/);
    expect((await keys()).length).toBe(before + 1);
    const again = await browser.get('/admin/access');
    expect(again.html).toContain('warehouse');
    expect(again.html).not.toContain(key);
    expect(JSON.stringify(await listAudit(database.db))).not.toContain(key);
  });

  it('limits sign-in attempts per client', async () => {
    const { browser } = await withAdmin();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await browser.signIn(`wrong-${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('invites a rep who then connects, shows them on the reps page, and revokes them at once', async () => {
    const { token, browser } = await withAdmin();
    await browser.signIn(token);
    await browser.get('/admin/access');
    const made = await browser.post('/admin/access/invitations', {
      email: 'ria@example.com',
      name: 'Ria Rep',
      hours: '24',
    });
    expect(made.status).toBe(201);
    const connection = /class="secret">([^<]+)</.exec(made.html)?.[1] as string;
    expect(connection.startsWith(`${kit?.server.url}#code=`)).toBe(true);
    const code = connection.split('#code=')[1];
    const exchanged = await kit?.call('POST', '/v1/auth/exchange', { code }, '');
    const repToken = exchanged?.json.token as string;
    await fetch(`${kit?.server.url}/v1/changes`, {
      headers: { authorization: `Bearer ${repToken}`, 'x-extension-version': '0.9.1' },
    });
    const reps = await browser.get('/admin/reps');
    const row = reps.html.split('<tr>').find((r) => r.includes('ria@example.com')) as string;
    expect(row).toContain('Connected');
    expect(row).toContain('0.9.1');
    expect(row).not.toContain(repToken);

    const id = /action="\/admin\/reps\/([^/]+)\/revoke"/.exec(row)?.[1] as string;
    expect((await browser.post(`/admin/reps/${id}/revoke`, {})).status).toBe(303);
    expect((await kit?.call('GET', '/v1/whoami', undefined, `Bearer ${repToken}`))?.status).toBe(
      401,
    );
    const actions = (await listAudit(database.db)).map((e) => `${e.actor} ${e.action}`);
    expect(actions.slice(0, 4)).toEqual([
      'ada@example.com rep.revoke',
      'ria@example.com signin.code',
      'ada@example.com invitation.create',
      'ada@example.com signin.admin',
    ]);
  });

  it('edits the workspace with validation; a saved change reaches reps through the feed', async () => {
    const { token, browser } = await withAdmin();
    await browser.signIn(token);
    const form = await browser.get('/admin/workspace');
    expect(form.html).toContain('value="My workspace"');
    const fields = {
      name: 'Acme CS',
      timezone: 'Mars/Olympus',
      activityGranularity: 'event',
      activityWindowDays: '14',
      powerUserTopPercent: '10',
      activityEvents: 'login\nreport_viewed',
      milestones: '[{"id":"m1","name":"First report","event":"report_viewed","count":1}]',
      eventLabels: '{"report_viewed":"Viewed a report"}',
      customFieldLabels: '',
    };
    const refused = await browser.post('/admin/workspace', fields);
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('time zone');
    const badMilestone = await browser.post('/admin/workspace', {
      ...fields,
      timezone: 'Europe/Paris',
      milestones: '[{"id":"m1","name":"x"}]',
    });
    expect(badMilestone.status).toBe(422);
    expect((await kit?.call('GET', '/v1/whoami'))?.json.workspace.name).toBe('My workspace');

    const saved = await browser.post('/admin/workspace', { ...fields, timezone: 'Europe/Paris' });
    expect([saved.status, saved.location]).toEqual([303, '/admin/workspace?saved=1']);
    const feed = (await kit?.feed()) ?? [];
    const ws = feed.filter((c) => c.type === 'workspace').at(-1);
    expect(ws?.data).toMatchObject({
      name: 'Acme CS',
      timezone: 'Europe/Paris',
      activityWindowDays: 14,
      activityEvents: ['login', 'report_viewed'],
      milestones: [{ id: 'm1', name: 'First report', event: 'report_viewed', count: 1 }],
      eventLabels: { report_viewed: 'Viewed a report' },
    });
    expect((await listAudit(database.db))[0]).toMatchObject({
      actor: 'ada@example.com',
      action: 'workspace.update',
    });
    const audit = await browser.get('/admin/audit');
    expect(audit.html).toContain('workspace.update');
  });

  it('shows refused ingestion with its reason, and renders remote text as text', async () => {
    const { token, browser } = await withAdmin();
    await kit?.call(
      'POST',
      '/v1/batch',
      '{not json',
      `Basic ${Buffer.from(`${kit.key}:`).toString('base64')}`,
    );
    await database.db.query(
      `UPDATE reps SET name = '<script>alert(1)</script>' WHERE email = 'sam@example.com'`,
    );
    await browser.signIn(token);
    const page = await browser.get('/admin/ingestion');
    expect(page.html).toContain('The body is not JSON.');
    expect(page.html).toContain('/v1/batch');
    const reps = await browser.get('/admin/reps');
    expect(reps.html).not.toContain('<script>');
    expect(reps.html).toContain('&lt;script&gt;');
  });
});
