// The extension's version, sent to the sync server as X-Extension-Version on every request so
// its admin page can show who runs which version. Set once by the background worker at start
// (lib/sync reaches no browser API itself); empty in tests and tools, then no header is sent.

let version = '';

export const setClientVersion = (v: string) => {
  version = v;
};

export const clientVersion = () => version;
