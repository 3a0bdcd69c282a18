import { createHmac } from 'node:crypto';
import type { Database, Sql } from './db/driver';
import type { Logger } from './log';
import { getEntity, type Row } from './store/changes';

// Enrolment webhook: each new enrolment's outbox row (written in the enrolment's own
// transaction) is POSTed to ENROLLMENT_WEBHOOK_URL, signed, retried with backoff until a 2xx,
// then marked delivered so it is never sent again. A crash between the receiver's 2xx and the
// mark could repeat one delivery; the stable `Webhook-Id` header lets the receiver drop it.
// A pass delivers up to 20 rows, then schedules the next at the earliest due one.

export const SIGNATURE_HEADER = 'X-Signature-256';

export const signBody = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** The payload a receiver gets: the enrolment with its person and cadence, as stored now. */
export async function webhookPayload(tx: Sql, enrollment: Row): Promise<Row> {
  const user = await getEntity(tx, 'user', String(enrollment.userId));
  const cadence = await getEntity(tx, 'cadence', String(enrollment.cadenceId));
  return { type: 'enrollment.created', enrollment, user: user ?? null, cadence: cadence ?? null };
}

export interface WebhookOptions {
  url: string;
  secret: string;
  log: Logger;
  /** Backoff of attempt n (1-based), ms: 1 s doubling up to 1 h by default. */
  backoffMs?: (attempt: number) => number;
  timeoutMs?: number;
}

export function startWebhookDeliverer(db: Database, opts: WebhookOptions) {
  const backoff = opts.backoffMs ?? ((n: number) => Math.min(3_600_000, 1000 * 2 ** (n - 1)));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const deliverOne = async (row: { enrollment_id: string; payload: Row; attempts: number }) => {
    const body = JSON.stringify(row.payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    let error: string | undefined;
    try {
      const res = await fetch(opts.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Webhook-Id': row.enrollment_id,
          'Webhook-Timestamp': timestamp,
          [SIGNATURE_HEADER]: signBody(opts.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = e instanceof Error ? e.name : 'network error';
    }
    const attempts = row.attempts + 1;
    if (!error) {
      await db.query(
        'UPDATE webhook_outbox SET delivered_at = now(), attempts = $2 WHERE enrollment_id = $1',
        [row.enrollment_id, attempts],
      );
      opts.log.info('webhook delivered', { enrollment: row.enrollment_id, attempts });
    } else {
      await db.query(
        `UPDATE webhook_outbox SET attempts = $2, last_error = $3,
           next_at = now() + ($4::double precision * interval '1 millisecond') WHERE enrollment_id = $1`,
        [row.enrollment_id, attempts, error, backoff(attempts)],
      );
      opts.log.warn('webhook failed', { enrollment: row.enrollment_id, attempts, error });
    }
  };

  // Several server processes may share one database: each row is claimed before it is sent
  // (FOR UPDATE SKIP LOCKED, then pushed past a lease), so one process sends it. A process
  // that dies mid-delivery leaves its claim to expire; another one retries after the lease.
  const lease = 2 * (opts.timeoutMs ?? 10_000) + 1000;
  const claim = () =>
    db.query<{ enrollment_id: string; payload: Row; attempts: number }>(
      `UPDATE webhook_outbox SET next_at = now() + ($1::double precision * interval '1 millisecond')
        WHERE enrollment_id = (
          SELECT enrollment_id FROM webhook_outbox
           WHERE delivered_at IS NULL AND next_at <= now()
           ORDER BY next_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING enrollment_id, payload, attempts`,
      [lease],
    );

  const runOnce = async () => {
    for (let n = 0; n < 20 && !stopped; n++) {
      const [row] = await claim();
      if (!row) break;
      await deliverOne(row);
    }
    const next = await db.query<{ wait: number }>(
      `SELECT GREATEST(0, EXTRACT(EPOCH FROM (min(next_at) - now())) * 1000)::float8 AS wait
         FROM webhook_outbox WHERE delivered_at IS NULL`,
    );
    // At least once a minute even with nothing due here: another process may have stored (or
    // claimed and died with) a row this one was never woken for.
    const wait = next[0]?.wait;
    schedule(Math.min(wait === null || wait === undefined ? 60_000 : Number(wait), 60_000));
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, ms);
    timer.unref();
  };
  // One pass at a time; a kick during a pass schedules another right after it.
  let again = false;
  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .catch((e) =>
        opts.log.error('webhook pass failed', {
          error: e instanceof Error ? e.message : 'unknown',
        }),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          kick();
        }
      });
  }
  kick();
  return {
    kick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
