/**
 * `node:assert/strict` for the web suite (a web worker has no Node built-ins): the five
 * calls the shared test files use, with the same meaning. scripts/build-e2e.mjs maps
 * `node:assert/strict` here for the browser bundle only.
 */

function fail(message: string | undefined, fallback: string): never {
  throw new Error(message ?? fallback);
}

/** Fails unless `value` is truthy. */
export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${String(value)}`);
}

/** Fails unless `actual === expected` (Object.is, as the strict assert does). */
export function equal(actual: unknown, expected: unknown, message?: string): void {
  if (!Object.is(actual, expected)) fail(message, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Fails unless both are structurally equal (compared as canonical JSON: plain data only). */
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  const a = JSON.stringify(canonical(actual));
  const e = JSON.stringify(canonical(expected));
  if (a !== e) fail(message, `expected ${e}, got ${a}`);
}

/** Fails unless the string matches. */
export function match(text: string, re: RegExp, message?: string): void {
  if (!re.test(text)) fail(message, `expected ${JSON.stringify(text.slice(0, 300))} to match ${re}`);
}

/** Fails when the string matches. */
export function doesNotMatch(text: string, re: RegExp, message?: string): void {
  if (re.test(text)) fail(message, `expected ${JSON.stringify(text.slice(0, 300))} not to match ${re}`);
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}
