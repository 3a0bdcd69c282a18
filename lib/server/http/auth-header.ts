// The secrets an `Authorization` header carries, read one way for every route.

/** The token of `Bearer <token>`. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() || undefined;
}

/** The user name of HTTP Basic auth: Segment's write key (it sends an empty password). */
export function basicUser(header: string | undefined): string | undefined {
  const encoded = /^Basic\s+(.+)$/i.exec(header ?? '')?.[1];
  if (!encoded) return undefined;
  const user = Buffer.from(encoded, 'base64').toString('utf8').split(':')[0]?.trim();
  return user || undefined;
}
