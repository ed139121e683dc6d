/**
 * Whether a file may be a draft, decided without a YAML parser: the extension's
 * guard against writing an export over a subject, which must not bring the parser
 * into the extension bundle. It imports nothing, so the client can share it with
 * the server without pulling anything else in (test/tidy/layering.test.ts checks
 * both). `mayBeDraft` is a superset of `isDraft` (parse/detect.ts): every draft
 * passes, and so does a Markdown file whose front matter merely mentions
 * `modalite` or `referentiel` (a nested key, a comment), which only makes the guard
 * refuse more.
 */

/** Whether a file name is a case-study draft by its name alone (`*.cas.md`). */
export function isCaseStudyName(fileName: string): boolean {
  return /\.cas\.md$/i.test(fileName);
}

/** Whether a file name is Markdown at all. */
export function isMarkdownName(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName);
}

/** Whether a text with this name may be a draft (never false for a draft). */
export function mayBeDraft(fileName: string, text: string): boolean {
  if (isCaseStudyName(fileName)) return true;
  if (!isMarkdownName(fileName)) return false;
  const block = frontMatterText(text);
  return block !== undefined && /(modalite|referentiel)/i.test(block);
}

/**
 * The front matter's lines, fences as parse/frontMatter.ts finds them (a `---`
 * first line after an optional BOM, up to a `---` or `...` line); to the end of the
 * text when it is never closed, as the YAML reader's line fallback reads it.
 */
function frontMatterText(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^---[ \t]*$/.test(lines[0])) return undefined;
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
  return lines.slice(1, close === -1 ? undefined : close).join('\n');
}
