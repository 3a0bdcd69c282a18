import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Sql } from '../db/driver';

// The sign-in's state travels through the identity provider and back, sealed (AES-256-GCM)
// with a key kept in the database: no server-side session is needed, so any server process
// on the database can finish a sign-in another one started, and the PKCE verifier inside is
// unreadable on the way.

export interface SsoState {
  verifier: string;
  nonce: string;
  redirectUri: string;
  /** Epoch ms after which the sign-in must start over. */
  expires: number;
}

export async function stateKey(db: Sql): Promise<Buffer> {
  await db.query(
    `INSERT INTO meta (key, value) VALUES ('ssoStateKey', $1) ON CONFLICT DO NOTHING`,
    [randomBytes(32).toString('hex')],
  );
  const [row] = await db.query<{ value: string }>(
    `SELECT value FROM meta WHERE key = 'ssoStateKey'`,
  );
  return Buffer.from(row?.value ?? '', 'hex');
}

export function seal(key: Buffer, state: SsoState): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function unseal(key: Buffer, sealed: string, now: number): SsoState | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString(
      'utf8',
    );
    const state = JSON.parse(text) as SsoState;
    return state.expires > now ? state : undefined;
  } catch {
    return undefined;
  }
}
