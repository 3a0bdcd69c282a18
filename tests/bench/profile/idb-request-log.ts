/**
 * Evaluated in an extension page or the service worker: logs every IndexedDB request of that
 * context into `self.__idb` as [start (ms since the epoch, comparable across contexts), how long
 * it waited for its answer, "method store.index", rows returned ('' unless an array)], and in
 * the worker each storage.session write. Used by nav-probe.ts and incremental-worker-probe.ts.
 */
export const IDB_REQUEST_LOGGER = `(() => {
  const log = (self.__idb = []);
  const at = () => performance.timeOrigin + performance.now();
  const wrap = (proto, name) => {
    const f = proto[name];
    proto[name] = function (...a) {
      const r = f.apply(this, a);
      const t0 = at();
      const what = name + ' ' + (this.objectStore ? this.objectStore.name + '.' : '') + this.name;
      r.addEventListener('success', () => {
        log.push([t0, at() - t0, what, Array.isArray(r.result) ? r.result.length : '']);
      });
      return r;
    };
  };
  for (const n of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count', 'put', 'add', 'delete', 'clear'])
    for (const p of [IDBObjectStore.prototype, IDBIndex.prototype]) if (p[n]) wrap(p, n);
  if (self.chrome?.storage?.session && !self.document) {
    const set = chrome.storage.session.set.bind(chrome.storage.session);
    chrome.storage.session.set = (x) => { log.push([at(), 0, 'storage.session.set', '']); return set(x); };
  }
})()`;

/** One entry of `self.__idb`. */
export type IdbRequestEntry = [number, number, string, number | ''];
