import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { recordIngestRejections } from '../admin/ingest-rejections';
import { adminRoutes } from '../admin/routes';
import { repActivity } from '../auth/rep-activity';
import { authRoutes } from '../auth/routes';
import type { ServerContext } from '../context';
import { enrollmentProgressRoutes } from './enrollment-progress';
import { fail } from './errors';
import { protocolRoutes } from './protocol';
import { segmentRoutes } from './segment';

const INGEST = /^\/v1\/(identify|track|group|batch|page|screen|alias)$/;

/** The whole HTTP surface: sync protocol v1 for extensions, Segment's API for ingestion. */
export function createApp(ctx: ServerContext): Hono {
  const app = new Hono();
  // The extension calls from its own origin; tokens travel in a header, never in cookies.
  app.use(
    '*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Extension-Version'],
      maxAge: 600,
    }),
  );
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    ctx.log.info('request', {
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.onError((err, c) => {
    ctx.log.error('request failed', {
      route: c.req.routePath,
      error: err.name,
      detail: err.message.slice(0, 200),
    });
    return fail(c, 500, 'internal', 'The server failed to process this request.');
  });
  app.get('/health', (c) => c.json({ ok: true }));
  const ingest = segmentRoutes(ctx);
  app.use('/v1/*', async (c, next) => {
    if (INGEST.test(c.req.path)) return next();
    return bodyLimit({
      maxSize: ctx.config.maxBodyBytes,
      onError: (c2) => fail(c2, 413, 'too_large', 'The request body is too large.'),
    })(c, next);
  });
  const rejections = recordIngestRejections(ctx.db);
  app.use('/v1/*', (c, next) => (INGEST.test(c.req.path) ? rejections(c, next) : next()));
  app.use('/v1/*', repActivity(ctx.db));
  app.route('/v1', ingest);
  app.route('/v1', enrollmentProgressRoutes(ctx));
  app.route('/v1', authRoutes(ctx));
  app.route('/v1', protocolRoutes(ctx));
  app.route('/admin', adminRoutes(ctx));
  app.notFound((c) => fail(c, 404, 'not_found', 'No such endpoint.'));
  return app;
}
