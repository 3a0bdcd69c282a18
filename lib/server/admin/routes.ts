import { Hono } from 'hono';
import type { ServerContext } from '../context';
import { accessRoutes } from './access-page';
import { auditRoutes } from './audit-page';
import { type AdminEnv, adminGuard } from './guard';
import { ingestionRoutes } from './ingestion-page';
import { loginRoutes, signOut } from './login';
import { repsRoutes } from './reps-page';
import { ADMIN_CSS } from './style';
import { workspaceRoutes } from './workspace-page';

export interface AdminOptions {
  /** Sign-in attempts allowed per client address: a burst, then so many per minute. */
  loginAttempts?: { perMinute: number; burst: number };
}

/** `/admin`: the team's admin page. Only the stylesheet and the sign-in form are public. */
export function adminRoutes(ctx: ServerContext, opts: AdminOptions = {}): Hono {
  const { db } = ctx;
  const app = new Hono();
  app.get('/style.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(ADMIN_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  loginRoutes(app, db, opts.loginAttempts);

  const guarded = new Hono<AdminEnv>();
  guarded.use('*', adminGuard(db));
  guarded.get('/', (c) => c.redirect('/admin/reps', 303));
  guarded.post('/logout', (c) => signOut(db, c, c.get('admin').email));
  repsRoutes(guarded, db);
  accessRoutes(guarded, db);
  ingestionRoutes(guarded, ctx);
  workspaceRoutes(guarded, db);
  auditRoutes(guarded, db);
  app.route('/', guarded);
  return app;
}
