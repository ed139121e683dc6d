/**
 * The no-leak property of the candidate's subject (FORMAT.md §10), shared by
 * the Markdown builder's tests and the renderers' (html, docx: pass the text
 * read back from the output). `checkNoLeak(draftText, candidateText)` throws an
 * AssertionError when the candidate's text
 * - holds a tag, a `:::corrige` / `:::jury` container or an HTML comment (in
 *   Markdown: as the parser reads it; in any text: no `<!--` that the draft's
 *   kept text does not hold itself, in code);
 * - holds a word that the draft has only inside its containers, comments,
 *   tags or front matter;
 * - or lost or gained a word of the rest of the draft: the multisets of words
 *   are compared (plus the words of `titre`, put as the title when the body
 *   has no level-1 heading).
 * A word is a run of letters and digits (`\p{L}\p{N}`), so markup, spacing and
 * punctuation may change but no word may.
 */
import * as assert from 'node:assert/strict';
import { readDraft } from '../../server/src/core/draft';
import { parseBlocks } from '../../server/src/core/parse/blocks';
import type { Span } from '../../server/src/core/text';
import { wordsOf } from '../helpers/words';

export { wordsOf };

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** What the candidate must keep of a draft, and what it must never show. */
export function draftParts(draftText: string): { kept: string; hidden: string; titre?: string; hasTitle: boolean } {
  const model = readDraft('/drafts/sujet.cas.md', draftText);
  const secret: Span[] = [
    ...model.containers.map((c) => c.span),
    ...model.comments,
    ...model.tags.map((t) => t.span),
  ].sort((a, b) => a.start - b.start);
  let kept = '';
  let hidden = draftText.slice(0, model.bodyStart);
  let pos = model.bodyStart;
  for (const s of secret) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    kept += `${draftText.slice(pos, start)} `;
    hidden += ` ${draftText.slice(start, s.end)}`;
    pos = s.end;
  }
  kept += draftText.slice(pos);
  const t = model.frontMatter?.data?.titre;
  const titre = typeof t === 'string' && t.trim() !== '' ? t : typeof t === 'number' ? String(t) : undefined;
  const hasTitle = model.sections.some((s) => s.depth === 1 && !model.containers.some((c) => c.span.start <= s.heading.start && s.heading.end <= c.span.end));
  return { kept, hidden, ...(titre !== undefined ? { titre } : {}), hasTitle };
}

/** Checks the text of a candidate's subject against its draft (see above); `markdown`: also parse it for tags, containers and comments. */
export function checkNoLeak(draftText: string, candidateText: string, options: { markdown?: boolean } = {}): void {
  const { kept, hidden, titre, hasTitle } = draftParts(draftText);
  const show = () => `\n--- draft ---\n${draftText}\n--- candidate ---\n${candidateText}`;
  if (options.markdown ?? true) {
    const blocks = parseBlocks(candidateText, 0);
    const tags = blocks.flatMap((b) => b.findings.tags.map((t) => candidateText.slice(b.span.start + t.span.start, b.span.start + t.span.end)));
    assert.deepEqual(tags, [], `tags left in the candidate's subject${show()}`);
    assert.equal(blocks.some((b) => (b.findings.containers?.length ?? 0) > 0), false, `a container left in the candidate's subject${show()}`);
    assert.equal(blocks.some((b) => (b.findings.comments?.length ?? 0) > 0), false, `an HTML comment left in the candidate's subject${show()}`);
  }
  if (!kept.includes('<!--')) assert.equal(candidateText.includes('<!--'), false, `<!-- in the candidate's subject${show()}`);

  const expected = wordsOf(kept);
  if (titre !== undefined && !hasTitle) expected.push(...wordsOf(titre));
  const keptWords = new Set(expected);
  const got = wordsOf(candidateText);
  const leaked = [...new Set(got.filter((w) => !keptWords.has(w) && wordsOf(hidden).includes(w)))];
  assert.deepEqual(leaked, [], `words of the answer key, jury notes, comments, tags or front matter in the candidate's subject${show()}`);
  const want = counts(expected);
  const have = counts(got);
  const diff: string[] = [];
  for (const w of new Set([...want.keys(), ...have.keys()])) {
    const a = want.get(w) ?? 0;
    const b = have.get(w) ?? 0;
    if (a !== b) diff.push(`${w}: ${a} in the draft, ${b} in the candidate's subject`);
  }
  assert.deepEqual(diff, [], `words lost or added${show()}`);
}
