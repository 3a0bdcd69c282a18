import { z } from 'zod';

// Building blocks of the wire schemas (sync-protocol.md): optional fields may be absent or
// null, and both become absent.

/** Drops keys whose value is undefined so stored rows equal what the server sent. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export const opt = <S extends z.ZodType>(s: S) => s.nullish().transform((v) => v ?? undefined);
// "." and ".." would turn a push path like /v1/notes/{id} into another endpoint.
export const id = z
  .string()
  .min(1)
  .refine((s) => s !== '.' && s !== '..', 'an id cannot be "." or ".."');
export const time = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 time');
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'day must be YYYY-MM-DD');
export const count = z.number().finite().nonnegative();
export const counts = z.record(z.string(), count);
export const crmIds = z.record(z.string(), z.string());
export const customFields = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);
export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'not an IANA time zone');

/** An optional field that is a nicety: a value of the wrong shape is dropped, not the entity. */
export const lenient = <S extends z.ZodType>(s: S) =>
  z
    .unknown()
    .optional()
    .transform((v): z.output<S> | undefined => {
      const parsed = s.safeParse(v);
      return parsed.success ? parsed.data : undefined;
    });
