// A browser-like client for /admin in server tests: a cookie jar, the page's CSRF token, and
// form posts with the Origin a browser would send.

export interface AdminResponse {
  status: number;
  location: string | null;
  html: string;
  setCookie: string[];
}

export function adminClient(base: string) {
  const jar = new Map<string, string>();
  let csrf = '';
  const remember = (res: Response) => {
    const set = res.headers.getSetCookie();
    for (const line of set) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair as string).split('=');
      const v = value.join('=');
      if (/max-age=0/i.test(line) || v === '') jar.delete(name as string);
      else jar.set(name as string, v);
    }
    return set;
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const read = async (res: Response): Promise<AdminResponse> => {
    const setCookie = remember(res);
    const html = await res.text();
    const found = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    if (found) csrf = found;
    return { status: res.status, location: res.headers.get('location'), html, setCookie };
  };
  const client = {
    jar,
    get csrf() {
      return csrf;
    },
    get: async (path: string, headers: Record<string, string> = {}) =>
      read(
        await fetch(`${base}${path}`, {
          redirect: 'manual',
          headers: { cookie: cookieHeader(), ...headers },
        }),
      ),
    post: async (
      path: string,
      fields: Record<string, string>,
      opts: { origin?: string | null; csrf?: string | null; headers?: Record<string, string> } = {},
    ) => {
      const body = new URLSearchParams(fields);
      const token = opts.csrf === undefined ? csrf : opts.csrf;
      if (token !== null) body.set('csrf', token);
      const origin = opts.origin === undefined ? base : opts.origin;
      return read(
        await fetch(`${base}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            cookie: cookieHeader(),
            'content-type': 'application/x-www-form-urlencoded',
            ...(origin === null ? {} : { origin }),
            ...opts.headers,
          },
          body,
        }),
      );
    },
    /** Signs in with a token the way the form does; answers the form post's response. */
    signIn: async (token: string) => {
      await client.get('/admin/login');
      return client.post('/admin/login', { token });
    },
  };
  return client;
}
