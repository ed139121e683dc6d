/**
 * The no-leak property in every format (FORMAT.md §10, issue 12): for generated
 * drafts, the candidate's subject rendered as HTML and as Word, read back (rehype-parse,
 * mammoth), shows exactly the words of its Markdown — which the Markdown property
 * (noLeak.test.ts) proves hold nothing hidden and lose nothing — and no HTML comment.
 * Expected words come from the Markdown's syntax tree: list numbers and link destinations are
 * not text in any format.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildDocument } from '../../../server/src/core/documents/build';
import { renderDocument } from '../../../server/src/core/documents/render';
import { draft, NO_LEAK_EXAMPLES } from '../../documents/draftGenerators';
import { checkNoLeak } from '../../documents/noLeak';
import { analyze } from '../../helpers/core';
import { wordsDiff, wordsOf } from '../../helpers/words';

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };

/** The text a reader sees in an HTML page (not its style nor its title). */
function htmlText(html: string): string {
  const out: string[] = [];
  const walk = (n: HastNode) => {
    if (n.type === 'comment') out.push('<!--');
    if (n.type === 'text') out.push(n.value ?? '');
    if (n.type === 'element' && (n.tagName === 'style' || n.tagName === 'title')) return;
    for (const c of n.children ?? []) walk(c);
  };
  walk(unified().use(rehypeParse).parse(html) as HastNode);
  return out.join(' ');
}

/**
 * The words a reader of the Markdown sees: the text, code and raw HTML (shown as text) of its
 * syntax tree, image alt texts; not link destinations nor list numbers, which each format
 * renders its own way.
 */
function markdownWords(md: string): string[] {
  const out: string[] = [];
  const walk = (n: MdNode) => {
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code' || n.type === 'html') out.push(n.value ?? '');
    if (n.type === 'image' || n.type === 'imageReference') out.push('Image', n.alt ?? '');
    for (const c of n.children ?? []) walk(c);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(md) as MdNode);
  return wordsOf(out.join(' '));
}

type MdNode = { type: string; value?: string; alt?: string; children?: MdNode[] };

async function check(text: string): Promise<void> {
  const doc = buildDocument(analyze(text), 'candidat', 'fr');
  if (doc.blocked) return;
  checkNoLeak(text, doc.markdown);
  const expected = markdownWords(doc.markdown);
  const html = await renderDocument(doc, 'html', 'fr') as string;
  const seen = htmlText(html);
  assert.equal(seen.includes('<!--'), false, 'an HTML comment in the page');
  assert.deepEqual(wordsDiff(wordsOf(seen), expected), { extra: [], missing: [] }, `HTML\n${doc.markdown}`);
  const docx = await renderDocument(doc, 'docx', 'fr') as Uint8Array;
  const raw = (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;
  assert.deepEqual(wordsDiff(wordsOf(raw), expected), { extra: [], missing: [] }, `Word\n${doc.markdown}`);
}

describe('documents: the candidate leaks nothing in HTML and Word either (property)', () => {
  it('holds on generated drafts, read back from each format', async function () {
    this.timeout(300_000);
    // NO_LEAK_FORMAT_RUNS=2000 for a long run (each case renders a page and a Word file).
    await fc.assert(fc.asyncProperty(draft, check), { numRuns: Number(process.env.NO_LEAK_FORMAT_RUNS ?? 60), examples: NO_LEAK_EXAMPLES });
  });
});
