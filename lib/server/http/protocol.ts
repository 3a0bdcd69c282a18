import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Rep } from '../auth/secrets';
import { repForToken } from '../auth/secrets';
import type { ServerContext } from '../context';
import { readFeed } from '../store/feed';
import {
  deleteOne,
  type PushResult,
  patchUser,
  putEnrollment,
  putNote,
  putTaxonomy,
  putUser,
} from '../store/pushes';
import { putTask } from '../store/task-pushes';
import { readWorkspace } from '../store/workspace';
import { webhookPayload } from '../webhook';
import { fail, jsonBody } from './errors';

type Env = { Variables: { rep: Rep } };

/** Sync protocol v1 for reps' extensions: whoami, the change feed, the push endpoints. */
export function protocolRoutes(ctx: ServerContext): Hono<Env> {
  const app = new Hono<Env>();
  const { db } = ctx;

  // Per path, not '*': the Segment routes share the /v1 mount and have their own auth.
  const auth = createMiddleware<Env>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    const rep = token ? await repForToken(db, token) : undefined;
    if (!rep) return fail(c, 401, 'unauthorized', 'Invalid or revoked API token.');
    c.set('rep', rep);
    await next();
  });
  for (const path of [
    '/whoami',
    '/changes',
    '/notes/*',
    '/enrollments/*',
    '/users/*',
    '/roles/*',
    '/personas/*',
    '/tasks/*',
  ])
    app.use(path, auth);

  app.get('/whoami', async (c) => {
    const ws = await readWorkspace(db);
    const rep = c.get('rep');
    return c.json({
      workspace: { id: ws?.parsed.id ?? '', name: ws?.parsed.name ?? '' },
      user: { name: rep.name, email: rep.email },
    });
  });

  app.get('/changes', async (c) => {
    const asked = Number(c.req.query('limit') ?? 5000);
    const limit = Math.max(
      1,
      Math.min(Number.isFinite(asked) && asked > 0 ? asked : 5000, 5000, ctx.config.pageSize),
    );
    const horizon = Number(
      (await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'horizon'`))[0]
        ?.value ?? 0,
    );
    const result = await readFeed(db, { dbId: ctx.dbId, horizon }, c.req.query('cursor'), limit);
    if (!result.ok)
      return result.status === 410
        ? fail(c, 410, 'cursor_expired', 'This cursor has expired; sync again from the start.')
        : fail(c, 400, 'bad_cursor', 'Unreadable cursor.');
    return c.json(result.page);
  });

  const answer = (c: Context<Env>, r: PushResult) => {
    if (r.error) return fail(c, r.status, r.error.code, r.error.message);
    if (r.status === 204) return c.body(null, 204);
    return c.json(r.body as object, r.status as 200);
  };
  const withBody =
    (handle: (id: string, body: unknown, rep: Rep) => Promise<PushResult>) =>
    async (c: Context<Env>) => {
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'bad_request', 'The body is not JSON.');
      return answer(
        c,
        await handle(decodeURIComponent(c.req.param('id') ?? ''), body.value, c.get('rep')),
      );
    };

  app.put(
    '/notes/:id',
    withBody((id, body, rep) => db.transaction((tx) => putNote(tx, id, body, rep))),
  );
  app.put(
    '/enrollments/:id',
    withBody(async (id, body, rep) => {
      const result = await db.transaction(async (tx) => {
        const r = await putEnrollment(tx, id, body);
        // The webhook's outbox row commits with the enrolment: delivered once, even after a crash.
        if (r.created && ctx.config.webhookUrl)
          await tx.query(
            'INSERT INTO webhook_outbox (enrollment_id, payload) VALUES ($1, $2::text::jsonb) ON CONFLICT DO NOTHING',
            [id, JSON.stringify({ ...(await webhookPayload(tx, r.created)), enrolledBy: rep })],
          );
        return r;
      });
      if (result.created) ctx.notifyEnrollment();
      return result;
    }),
  );
  app.patch(
    '/users/:id',
    withBody((id, body) => db.transaction((tx) => patchUser(tx, id, body))),
  );
  app.put(
    '/users/:id',
    withBody((id, body) => db.transaction((tx) => putUser(tx, id, body))),
  );
  for (const [path, type] of [
    ['roles', 'role'],
    ['personas', 'persona'],
  ] as const) {
    app.put(
      `/${path}/:id`,
      withBody((id, body) => db.transaction((tx) => putTaxonomy(tx, type, id, body))),
    );
    app.delete(`/${path}/:id`, async (c) =>
      answer(c, await db.transaction((tx) => deleteOne(tx, type, c.req.param('id')))),
    );
  }
  app.delete('/notes/:id', async (c) =>
    answer(c, await db.transaction((tx) => deleteOne(tx, 'note', c.req.param('id')))),
  );
  app.put(
    '/tasks/:id',
    withBody((id, body, rep) => db.transaction((tx) => putTask(tx, id, body, rep))),
  );
  app.delete('/tasks/:id', async (c) =>
    answer(c, await db.transaction((tx) => deleteOne(tx, 'task', c.req.param('id')))),
  );
  return app;
}
