/**
 * The end of an exhaustive switch: `value` has type never once every case is handled, so a
 * new member of the union is a compile error at each switch that must decide what to do.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`Unhandled ${what}: ${String(value)}`);
}
