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
import { bearerToken } from './auth-header';
import { fail, jsonBody } from './errors';
import { badId, parseLimit, UNSTORABLE_MESSAGE, unstorableField } from './input';

type Env = { Variables: { rep: Rep } };

/** Sync protocol v1 for reps' extensions: whoami, the change feed, the push endpoints. */
export function protocolRoutes(ctx: ServerContext): Hono<Env> {
  const app = new Hono<Env>();
  const { db } = ctx;

  // Per path, not '*': the Segment routes share the /v1 mount and have their own auth.
  const auth = createMiddleware<Env>(async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
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
    const limit = parseLimit(c.req.query('limit'), Math.min(5000, ctx.config.pageSize));
    if (limit === undefined)
      return fail(c, 400, 'bad_request', 'limit must be a whole number of at least 1.');
    const horizon = Number(
      (await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'horizon'`))[0]
        ?.value ?? 0,
    );
    const result = await readFeed(db, { dbId: ctx.dbId, horizon }, c.req.query('cursor'), limit);
    // An unreadable cursor is 410 too (sync-protocol.md): a 400 would leave the client stuck.
    if (!result.ok)
      return fail(c, 410, 'cursor_expired', 'This cursor has expired; sync again from the start.');
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
      // Hono has already decoded the path parameter once; decoding again would turn "100%25"
      // into a URIError (and an id holding "%41" into another id).
      const id = c.req.param('id') ?? '';
      const wrongId = badId(id);
      if (wrongId) return fail(c, 400, 'bad_request', wrongId);
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'bad_request', 'The body is not JSON.');
      const field = unstorableField(body.value);
      if (field) return fail(c, 400, 'bad_request', `${field}: ${UNSTORABLE_MESSAGE}`);
      return answer(c, await handle(id, body.value, c.get('rep')));
    };
  const deleting = (type: string) => async (c: Context<Env>) => {
    const id = c.req.param('id') ?? '';
    const wrongId = badId(id);
    if (wrongId) return fail(c, 400, 'bad_request', wrongId);
    return answer(c, await db.transaction((tx) => deleteOne(tx, type, id)));
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
    app.delete(`/${path}/:id`, deleting(type));
  }
  app.delete('/notes/:id', deleting('note'));
  app.put(
    '/tasks/:id',
    withBody((id, body, rep) => db.transaction((tx) => putTask(tx, id, body, rep))),
  );
  app.delete('/tasks/:id', deleting('task'));
  return app;
}
