/** A change of the protocol's feed, as the demo and CSV sources produce it. */
export type WireChange =
  | { type: string; op: 'upsert'; data: object }
  | { type: string; op: 'delete'; id: string };

export const upsert = (type: string, data: object): WireChange => ({ type, op: 'upsert', data });
