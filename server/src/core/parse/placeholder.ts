/**
 * The placeholder of a question still to write (FORMAT.md §12): `[à rédiger]`,
 * brackets included. Pure string work on a piece of prose, like the tag scanner;
 * the caller decides which pieces are prose (not code, HTML, comments or links).
 */
import type { Span } from '../text';

/** The placeholder as skeletons, snippets and quick fixes write it. */
export const PLACEHOLDER = '[à rédiger]';

/** `à` and `é` composed or decomposed, any case: what an author may have typed or pasted. */
const PATTERN = /\[(?:à|a\u0300) r(?:é|e\u0301)diger\]/giu;

/** The placeholders in a piece of prose that starts at offset `base`. */
export function scanPlaceholders(src: string, base = 0): Span[] {
  const out: Span[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(src); m; m = PATTERN.exec(src)) out.push({ start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/** Whether a text may hold a placeholder (a cheap test before parsing). */
export function mayHoldPlaceholder(src: string): boolean {
  return /diger\]/i.test(src);
}
