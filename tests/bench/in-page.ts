/**
 * Runs a function inside a page or the service worker. tsx (esbuild with keepNames) wraps
 * inner functions in `__name(...)`, a helper that does not exist in the browser, so the code
 * is sent as a string with a stand-in for it, and the argument as JSON.
 */
export interface Evaluator {
  evaluate<R>(expression: string): Promise<R>;
}

export function evalIn<A, R>(
  target: Evaluator,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const source = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
  return target.evaluate<R>(source);
}
