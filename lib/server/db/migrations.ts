import type { Database } from './driver';

// Schema migrations, versioned in code and applied in order at start, each in its own
// transaction with its version recorded. Never edit a released migration: add the next one.

const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'entities, change log, reps, write keys, ingestion, webhook outbox',
    sql: `
      CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
      -- Current state of every synced entity, as its wire JSON. activityDay ids are "userId/day".
      CREATE TABLE entities (
        type text NOT NULL,
        id text NOT NULL,
        data jsonb NOT NULL,
        PRIMARY KEY (type, id)
      );
      CREATE INDEX entities_user_email ON entities ((lower(btrim(data->>'email'))))
        WHERE type = 'user';
      -- The change feed: one row per entity's latest change (older ones are deleted when
      -- superseded); seq is the cursor position. Deletes stay as tombstones until purged.
      CREATE TABLE changes (
        seq bigserial PRIMARY KEY,
        type text NOT NULL,
        entity_id text NOT NULL,
        op text NOT NULL CHECK (op IN ('upsert', 'delete')),
        data jsonb,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX changes_entity ON changes (type, entity_id);
      CREATE INDEX changes_tombstones ON changes (at) WHERE op = 'delete';
      CREATE TABLE reps (
        id text PRIMARY KEY,
        name text NOT NULL,
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE TABLE write_keys (
        id text PRIMARY KEY,
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      -- Segment messageIds of identify/group calls already applied (track ids are event ids).
      CREATE TABLE ingested_messages (
        message_id text PRIMARY KEY,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE webhook_outbox (
        enrollment_id text PRIMARY KEY,
        payload jsonb NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        last_error text
      );
      CREATE INDEX webhook_due ON webhook_outbox (next_at) WHERE delivered_at IS NULL;
    `,
  },
  {
    version: 2,
    name: 'anonymous ids: their links to users, and their events until linked',
    sql: `
      -- An identify (or alias) that names an anonymousId and a userId links them, for good.
      CREATE TABLE anonymous_ids (
        anonymous_id text PRIMARY KEY,
        user_id text NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now()
      );
      -- Events of an anonymousId not linked yet: kept out of the feed until it is.
      CREATE TABLE anonymous_events (
        event_id text PRIMARY KEY,
        anonymous_id text NOT NULL,
        data jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX anonymous_events_by_id ON anonymous_events (anonymous_id);
    `,
  },
  {
    version: 3,
    name: 'team roll-out: roles, expiring tokens, connection codes, admin sessions, audit log',
    sql: `
      ALTER TABLE reps ADD COLUMN role text NOT NULL DEFAULT 'rep';
      ALTER TABLE reps ADD COLUMN source text NOT NULL DEFAULT 'token';
      ALTER TABLE reps ADD COLUMN expires_at timestamptz;
      ALTER TABLE reps ADD COLUMN last_seen_at timestamptz;
      ALTER TABLE reps ADD COLUMN last_pull_at timestamptz;
      ALTER TABLE reps ADD COLUMN extension_version text;
      -- Accepted pushes per rep and UTC day, for "pushes in the last 7 days".
      CREATE TABLE rep_pushes (
        rep_id text NOT NULL,
        day date NOT NULL,
        count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (rep_id, day)
      );
      -- One-time connection codes; only the hash is kept, as for tokens.
      CREATE TABLE invitations (
        id text PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL,
        code_hash text NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        rep_id text
      );
      CREATE TABLE admin_sessions (
        id_hash text PRIMARY KEY,
        rep_id text NOT NULL,
        csrf text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      -- Who did what and when. Never a secret: targets are ids, emails and names.
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        target text NOT NULL DEFAULT '',
        detail text NOT NULL DEFAULT ''
      );
      CREATE INDEX audit_log_at ON audit_log (at);
      -- Ingestion requests refused (bad body, unknown key, rate limit), with the reason given.
      CREATE TABLE ingest_rejections (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        path text NOT NULL,
        status integer NOT NULL,
        reason text NOT NULL
      );
      CREATE INDEX ingest_rejections_at ON ingest_rejections (at);
    `,
  },
];

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Applies the migrations this database has not seen yet; returns the versions applied. */
export async function migrate(db: Database): Promise<number[]> {
  // Several processes may start on one database at once: CREATE TABLE IF NOT EXISTS races
  // (a unique violation in pg_type), so it runs under a transaction-scoped advisory lock.
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(2028)');
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const done = new Set(
    (await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
      (r) => r.version,
    ),
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      // Two servers starting on one database: the second waits, then finds it applied.
      await tx.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        m.version,
      ]);
      if (seen.length) return;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    });
  }
  return applied;
}

/** Statements of a migration script (comments dropped; no semicolons inside literals). */
function splitStatements(script: string): string[] {
  return script
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
