import { Hono } from 'hono';
import type { ServerContext } from '../context';
import { fail, jsonBody } from '../http/errors';
import { exchangeCode } from './invitations';
import { ssoRoutes } from './sso';

/** Sign-in (sync-protocol.md "Sign-in (optional)"): the methods, and a code's exchange. */
export function authRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const { sso } = ctx.config;
  app.get('/auth', (c) => c.json({ methods: ['token', 'code', ...(sso ? ['sso'] : [])] }));
  if (sso) app.route('/', ssoRoutes(ctx.db, sso));
  app.post('/auth/exchange', async (c) => {
    const body = await jsonBody(c);
    const code = body.ok ? (body.value as { code?: unknown } | undefined)?.code : undefined;
    if (typeof code !== 'string' || !code.trim())
      return fail(c, 400, 'bad_request', 'The body needs { "code": "…" }.');
    const result = await exchangeCode(ctx.db, code);
    if (!result.ok)
      return fail(
        c,
        result.status,
        result.status === 410 ? 'code_spent' : 'unknown_code',
        result.reason,
      );
    return c.json({
      token: result.token,
      user: { name: result.rep.name, email: result.rep.email },
    });
  });
  return app;
}
