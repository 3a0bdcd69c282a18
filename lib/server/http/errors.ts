import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The protocol's error envelope. */
export const fail = (
  c: Context,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) => c.json({ error: { code, message } }, status as ContentfulStatusCode, headers);

/** The request's JSON body, or undefined when it is not JSON (the caller answers 400). */
export async function jsonBody(c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const text = await c.req.text();
    return { ok: true, value: text ? JSON.parse(text) : undefined };
  } catch {
    return { ok: false };
  }
}
