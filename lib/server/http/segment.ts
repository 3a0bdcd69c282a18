import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { writeKeyId } from '../auth/secrets';
import type { ServerContext } from '../context';
import { ingestSegment } from '../ingest/segment';
import { batchProblem } from '../ingest/segment-check';
import type { SegmentMessage } from '../ingest/segment-map';
import { basicUser } from './auth-header';
import { fail, jsonBody } from './errors';
import { scrubUnstorable } from './input';
import { createRateLimiter } from './rate-limit';

type Env = { Variables: { writeKey: string } };

const SINGLE_TYPES = ['identify', 'track', 'group', 'page', 'screen', 'alias'] as const;
const SEGMENT_PATHS = ['/batch', ...SINGLE_TYPES.map((t) => `/${t}`)];

/**
 * The Segment HTTP Tracking API subset: /v1/identify, /v1/track, /v1/group and /v1/batch.
 * A 200 is sent only after the messages committed, so an acknowledged event is never lost;
 * messageIds make the sender's retries harmless.
 */
export function segmentRoutes(ctx: ServerContext): Hono<Env> {
  const app = new Hono<Env>();
  const limiter = createRateLimiter(ctx.config.ingestPerSecond, ctx.config.ingestBurst);

  const limit = bodyLimit({
    maxSize: ctx.config.maxIngestBytes,
    onError: (c) => fail(c, 413, 'too_large', 'The request body is too large.'),
  });
  // Per path, not '*': the protocol routes share the /v1 mount and have their own auth.
  const auth = createMiddleware<Env>(async (c, next) => {
    const key = basicUser(c.req.header('authorization'));
    const id = key ? await writeKeyId(ctx.db, key) : undefined;
    if (!id) return fail(c, 401, 'unauthorized', 'Invalid or revoked write key.');
    const wait = limiter.take(id);
    if (wait > 0)
      return fail(c, 429, 'rate_limited', 'Too many requests for this write key.', {
        'Retry-After': String(wait),
      });
    c.set('writeKey', id);
    await next();
  });
  for (const path of SEGMENT_PATHS) app.use(path, limit, auth);

  const ingest = async (c: Context<Env>, messages: unknown[], single: boolean) => {
    const notObject = messages.findIndex(
      (m) => typeof m !== 'object' || m === null || Array.isArray(m),
    );
    if (notObject >= 0)
      return fail(c, 400, 'bad_request', `batch.${notObject} is not a JSON object.`);
    const valid = messages as SegmentMessage[];
    const problem = batchProblem(valid, single);
    if (problem) return fail(c, 400, 'bad_request', problem);
    const outcome = await ingestSegment(ctx.db, valid, new Date().toISOString());
    ctx.log.info('ingested', {
      writeKey: c.get('writeKey'),
      messages: messages.length,
      newEvents: outcome.newEvents,
      ignored: outcome.ignored,
    });
    return c.json({ success: true });
  };

  // Text PostgreSQL cannot store (NUL, lone surrogates) is replaced with U+FFFD rather than
  // refused: a 400 would make the sender drop the whole batch, good messages included.
  const readBody = async (c: Context<Env>) => {
    const body = await jsonBody(c);
    return body.ok ? { ok: true as const, value: scrubUnstorable(body.value) } : body;
  };

  app.post('/batch', async (c) => {
    const body = await readBody(c);
    if (!body.ok) return fail(c, 400, 'bad_request', 'The body is not JSON.');
    const batch = (body.value as { batch?: unknown } | undefined)?.batch;
    if (!Array.isArray(batch)) return fail(c, 400, 'bad_request', 'A batch needs a "batch" array.');
    return ingest(c, batch, false);
  });
  for (const type of SINGLE_TYPES)
    app.post(`/${type}`, async (c) => {
      const body = await readBody(c);
      if (!body.ok || typeof body.value !== 'object' || body.value === null)
        return fail(c, 400, 'bad_request', 'The body is not a JSON object.');
      if (Array.isArray(body.value))
        return fail(c, 400, 'bad_request', 'The body is not a JSON object.');
      return ingest(c, [{ ...(body.value as object), type }], true);
    });
  return app;
}
