// One small interface over the two PostgreSQL clients, so every query in lib/server is plain
// SQL with $1-style parameters that runs unchanged on PGlite (embedded) and on a server.

export interface Sql {
  /** Runs one parameterised statement; never interpolate values into `text`. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: everything it wrote commits together or not at all. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations only). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… runs on that server; otherwise PGlite in `dataDir` (or in memory with "memory://"). */
  url?: string;
  dataDir?: string;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url && /^postgres(ql)?:\/\//.test(opts.url)) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(opts.url);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(opts.dataDir ?? './.data');
}
