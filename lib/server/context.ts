import { type SsoConfig, ssoFromEnv } from './auth/sso-config';
import type { Database } from './db/driver';
import type { Logger } from './log';

/** What the HTTP layer and the background jobs share. */
export interface ServerContext {
  db: Database;
  /** This database's id: part of every cursor, so a cursor from another one gets 410. */
  dbId: string;
  log: Logger;
  config: ServerConfig;
  /** Wakes the webhook deliverer after an enrolment was stored. */
  notifyEnrollment: () => void;
}

export interface ServerConfig {
  /** Most changes per feed page (clients ask for up to 5000). */
  pageSize: number;
  /** Largest request body, protocol endpoints. */
  maxBodyBytes: number;
  /** Largest request body, ingestion (Segment allows 500 KB per batch). */
  maxIngestBytes: number;
  /** Ingestion requests per second per write key, and the burst allowed. */
  ingestPerSecond: number;
  ingestBurst: number;
  webhookUrl?: string;
  webhookSecret?: string;
  /** How long one webhook POST may take; a claimed delivery is retried elsewhere after twice that. */
  webhookTimeoutMs: number;
  /** Sign-in with the team's identity provider (OIDC_* variables); absent = off. */
  sso?: SsoConfig;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const n = (key: string, fallback: number) => {
    const v = Number(env[key]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return {
    pageSize: n('PAGE_SIZE', 5000),
    maxBodyBytes: n('MAX_BODY_BYTES', 1_000_000),
    maxIngestBytes: n('MAX_INGEST_BYTES', 512_000),
    ingestPerSecond: n('INGEST_RATE_PER_SECOND', 50),
    ingestBurst: n('INGEST_BURST', 200),
    webhookTimeoutMs: n('ENROLLMENT_WEBHOOK_TIMEOUT_MS', 10_000),
    ...(env.ENROLLMENT_WEBHOOK_URL ? { webhookUrl: env.ENROLLMENT_WEBHOOK_URL } : {}),
    ...(env.ENROLLMENT_WEBHOOK_SECRET ? { webhookSecret: env.ENROLLMENT_WEBHOOK_SECRET } : {}),
    ...(ssoFromEnv(env) ? { sso: ssoFromEnv(env) } : {}),
  };
}
