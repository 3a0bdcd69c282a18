// A connection string as an admin sends it: the sync server's base URL and a one-time code in
// one piece, `https://cs.example.com/api#code=upc_…` (sync-protocol.md, "Sign-in (optional)").

export type ConnectionString =
  | { ok: true; baseUrl: string; code: string }
  | { ok: false; error: string };

export function parseConnectionString(text: string): ConnectionString {
  const trimmed = text.trim();
  const at = trimmed.indexOf('#code=');
  if (!trimmed) return { ok: false, error: 'Paste the connection string your admin sent you.' };
  if (at < 0)
    return {
      ok: false,
      error: 'This is not a connection string: it should end with “#code=” and the code.',
    };
  const code = trimmed.slice(at + 6).trim();
  let url: URL;
  try {
    url = new URL(trimmed.slice(0, at));
  } catch {
    return { ok: false, error: 'The server address in this connection string is not a URL.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: 'The server address must start with https://.' };
  if (!code) return { ok: false, error: 'The connection string has no code after “#code=”.' };
  return { ok: true, baseUrl: url.href.replace(/\/+$/, ''), code };
}
