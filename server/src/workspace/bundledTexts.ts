/**
 * The bundled référentiels' texts, embedded in the browser server's bundle: the browser
 * build replaces this module with one that imports every `referentiels/*.yaml` as text
 * (scripts/build.mjs, plugin `browser-swaps`). Node reads the folder instead and never
 * uses this placeholder.
 */

/** File name → YAML text. */
export const BUNDLED_TEXTS: Record<string, string> = {};
