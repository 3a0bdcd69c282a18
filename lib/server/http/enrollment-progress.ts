import { Hono } from 'hono';
import { repForToken, writeKeyId } from '../auth/secrets';
import type { ServerContext } from '../context';
import { patchEnrollmentProgress } from '../store/enrollment-progress';
import { basicUser, bearerToken } from './auth-header';
import { fail, jsonBody } from './errors';
import { badId, UNSTORABLE_MESSAGE, unstorableField } from './input';

/** The secret of `Authorization`: Basic (Segment's way: the key as user name) or Bearer. */
const secretOf = (header: string | undefined) => bearerToken(header) ?? basicUser(header);

/**
 * PATCH /v1/enrollments/{id}: the sending tool reports cadence progress with a write key, as
 * it sends Segment data. A rep's token is refused: reps enrol and stop through the PUT, and
 * the progress is the tool's to tell. Mounted before the protocol routes, whose rep-token
 * check would otherwise answer for this path.
 */
export function enrollmentProgressRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  app.patch('/enrollments/:id', async (c) => {
    const secret = secretOf(c.req.header('authorization'));
    const key = secret ? await writeKeyId(ctx.db, secret) : undefined;
    if (!key) {
      if (secret && (await repForToken(ctx.db, secret)))
        return fail(
          c,
          403,
          'forbidden',
          'Cadence progress is reported with a write key, not a rep’s token.',
        );
      return fail(c, 401, 'unauthorized', 'Invalid or revoked write key.');
    }
    // Hono has already decoded the path parameter; decoding it again would throw on "%".
    const id = c.req.param('id');
    const wrongId = badId(id);
    if (wrongId) return fail(c, 400, 'bad_request', wrongId);
    const body = await jsonBody(c);
    if (!body.ok) return fail(c, 400, 'bad_request', 'The body is not JSON.');
    const field = unstorableField(body.value);
    if (field) return fail(c, 400, 'bad_request', `${field}: ${UNSTORABLE_MESSAGE}`);
    const r = await ctx.db.transaction((tx) => patchEnrollmentProgress(tx, id, body.value));
    if (r.error) return fail(c, r.status, r.error.code, r.error.message);
    return c.json(r.body as object, 200);
  });
  return app;
}
