import { z } from 'zod';
import { clientVersion } from './client-version';

// Spends a one-time connection code for a rep token (POST /v1/auth/exchange). Answers words a
// rep can act on: the code is single-use and expires, so most failures mean "ask for a new one".

const answerSchema = z.object({
  token: z.string().min(1),
  user: z.object({ name: z.string(), email: z.string() }),
});

export type ExchangeAnswer = z.infer<typeof answerSchema>;

export async function exchangeConnectionCode(
  baseUrl: string,
  code: string,
  doFetch: typeof fetch = (input, init) => fetch(input, init),
): Promise<{ ok: true; value: ExchangeAnswer } | { ok: false; error: string }> {
  const base = baseUrl.trim().replace(/\/+$/, '');
  let res: Response;
  try {
    res = await doFetch(`${base}/v1/auth/exchange`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...(clientVersion() ? { 'X-Extension-Version': clientVersion() } : {}),
      },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return {
      ok: false,
      error: `Can't reach the server at ${base}. Check the address and your network.`,
    };
  }
  if (res.status === 410)
    return {
      ok: false,
      error: 'This connection code was already used or has expired. Ask your admin for a new one.',
    };
  if (res.status === 400 || res.status === 404)
    return {
      ok: false,
      error:
        'The server does not know this connection code. Check that you pasted all of it, or ask your admin for a new one.',
    };
  if (!res.ok)
    return { ok: false, error: `The server answered ${res.status}; try again in a moment.` };
  let parsed: ReturnType<typeof answerSchema.safeParse>;
  try {
    parsed = answerSchema.safeParse(await res.json());
  } catch {
    return { ok: false, error: 'The server’s answer was not understood.' };
  }
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: 'The server’s answer was not understood.' };
}
