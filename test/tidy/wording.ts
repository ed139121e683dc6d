/**
 * The French typography and wording checks of the UI strings: what a French
 * reader would see as a leak (backticks, `(s)` plurals, typewriter apostrophes)
 * or as a typo (a breaking space before `:` `;` `?` `!`, guillemets without
 * their non-breaking spaces).
 */

/** Non-breaking spaces French typography accepts (U+00A0, and the narrow U+202F). */
const NB = '[\\u00a0\\u202f]';

/** What to check; `apostrophes: false` for texts that quote the référentiel as written. */
export interface WordingOptions {
  /** Whether Markdown code spans are allowed (the string is rendered as Markdown). */
  backticks?: boolean;
  apostrophes?: boolean;
}

/** The wording problems of one French string, each as a short description (none: it reads well). */
export function wordingProblems(text: string, options: WordingOptions = {}): string[] {
  // Markdown link targets (`[Nouveau sujet…](command:rncp.newSubject)`) and URLs are not prose,
  // nor are the fences of :::corrige / :::jury containers (FORMAT.md §9).
  const prose = text.replace(/\]\([^)]*\)/g, ']').replace(/\b[a-z]+:\/\/\S+/g, '').replace(/(^|\s):::\S*/g, '$1');
  const out: string[] = [];
  if (!options.backticks && prose.includes('`')) out.push('backtick');
  if (/\((?:e?s|x)\)/.test(prose)) out.push('“(s)” plural');
  for (const m of prose.matchAll(/ ([:;?!])/g)) out.push(`breaking space before “${m[1]}”`);
  if (new RegExp(`«(?!${NB})`).test(prose)) out.push('“«” without a non-breaking space after it');
  if (new RegExp(`(?<!${NB})»`).test(prose)) out.push('“»” without a non-breaking space before it');
  if (options.apostrophes !== false && /\p{L}'\p{L}/u.test(prose)) out.push('typewriter apostrophe (write ’)');
  return out;
}
