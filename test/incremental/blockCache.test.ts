/**
 * Incremental analysis must be invisible: for generated drafts and random edit
 * sequences, the analysis through a BlockCache equals the whole-document one
 * (diagnostics, coverage, sections, tags), and with every chunk parsed the
 * blocks themselves are those of one remark parse of the whole body.
 * RNCP_FC_RUNS=5000 runs deeper.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BlockCache } from '../../server/src/core/incremental/blockCache';
import { splitBlocks } from '../../server/src/core/parse/blockSplit';
import { analyze } from '../helpers/core';
import { asDraft, same } from './equivalence';
import { COUNTEREXAMPLES, DRAFT_EXAMPLES, draftsProperty, EDIT_EXAMPLES, editsProperty, tinyProperty } from './properties';

const FILE = '/drafts/sujet.cas.md';

const RUNS = Number(process.env.RNCP_FC_RUNS ?? 250);

describe('incremental analysis (BlockCache)', () => {
  it('equals the whole-document analysis on generated drafts', () => {
    fc.assert(draftsProperty(), { numRuns: RUNS, examples: DRAFT_EXAMPLES });
  });

  it('equals the whole-document analysis along random edit sequences', () => {
    fc.assert(editsProperty(), { numRuns: Math.max(10, Math.round(RUNS / 5)), examples: EDIT_EXAMPLES });
  });

  it('still agrees when the cache is too small to keep anything', () => {
    fc.assert(tinyProperty(), { numRuns: Math.max(10, Math.round(RUNS / 5)) });
  });

  const CASES: Record<string, string> = {
    'a fence holding blank lines and column-0 text': '# T\n\n```\ncode\n\n{C3} not a tag\n\n# not a heading\n```\n\nafter {C1}\n',
    'an unclosed fence': 'a {C1}\n\n```\n\n{C2}\n\n# x\n',
    'a fence in a list item, indented': '- a {C1}\n\n  ```\n  x\n\n  {C2}\n  ```\n\nb {C3}\n',
    'a fence in an item that a column-0 line closes': '- ```\n  x\n\n{C2} outside\n\n```\n{C3} in code\n```\n\n{C4}\n',
    'a fence after an empty item and a blank line': '-\n\n  ```\n\n{C2} in code\n\n  ```\n\n{C3}\n',
    'an HTML comment across blank lines': 'a\n\n<!--\n\n{C3}\n\n# x\n-->\n\n{C4} b\n',
    'a raw HTML block across blank lines': '<script>\n\n{C3}\n\n</script>\n\n{C4}\n',
    'a type 6 HTML block ends at a blank line': '<div>\n```\n\n{C3} counts\n\n```\n{C4} in code\n```\n',
    'a type 7 HTML block holding a fence line': '<span>\n```\n\n{C3}\n\n```\n{C4}\n```\n',
    'a list with blank lines between items': '- a {C1}\n\n- b {C2}\n\n\n- c {C3}\n\nfin {C4}\n',
    'a lazy block quote then a fence': '> a {C1}\nb\n  ```\n\n{C2}\n\n```\n',
    'a lazy list item then an indented fence': '- a\nb\n  ```\n\n{C2}\n\n  ```\n\n{C3}\n',
    'setext headings': 'Titre {C1}\n===\n\ntexte\n\nSous-titre\n---\n\n{C2}\n',
    'indented code after a paragraph': 'para\n    {C1} continues\n\n    {C2} code\n\n{C3}\n',
    'definitions used before they are defined': '[lien {C1}][ref] et ![img {C2}][ref]\n\n{C3}\n\n[ref]: /url\n',
    'footnotes': 'Voir [^n] et [^{C3}].\n\n[^n]: note {C4}\n\n    suite {C5}\n\n{C1}\n',
    'a table': '| a {C1} | b |\n| --- | --- |\n| {C2} | x |\n\n{C3}\n',
    'CRLF line ends': '# T {C1}\r\n\r\n```\r\n\r\n{C2}\r\n```\r\n\r\n{C3}\r\n',
  };
  for (const [name, body] of Object.entries(CASES)) {
    it(`agrees on ${name}`, () => same(asDraft(body)));
  }
  for (const c of COUNTEREXAMPLES) {
    it(`agrees on the counterexample ${JSON.stringify(c)}`, () => {
      same(c);
      same(asDraft(c));
    });
  }

  it('equals the whole-document analysis on the bench drafts (French prose, lists, tables, fences)', async () => {
    const { generateDraft } = await import('../../bench/generate.mjs');
    const cache = new BlockCache();
    const all = new BlockCache({ skipPlain: false });
    for (let seed = 1; seed <= 12; seed++) same(generateDraft(300, seed, ['M1', 'M2', 'M3', 'M4'][seed % 4]), cache, all);
  });

  it('reuses unchanged chunks and skips chunks without tags or headings', () => {
    const cache = new BlockCache();
    const body = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? `## Partie ${i}\n\nQuestion {C${1 + (i % 5)}}\n` : `Texte sans balise ${i}.\n`)).join('\n');
    const text = `---\nmodalite: M1\n---\n${body}`;
    analyze(text, FILE, { parse: cache.parse });
    assert.ok(cache.last.skipped > 30, JSON.stringify(cache.last));
    const edited = text.replace('Question {C1}', 'Question {C1} {C2}');
    analyze(edited, FILE, { parse: cache.parse });
    assert.equal(cache.last.parsed + cache.last.plain, 1, JSON.stringify(cache.last));
  });

  it('cuts before column-0 lines after blank lines only', () => {
    const text = 'a\nb\n\nc\n\n  d\n\n- e\n\n- f\n\ng\n';
    const starts = splitBlocks(text);
    assert.deepEqual(starts.map((s) => text.slice(s, s + 1)), ['a', 'c', '-', 'g']);
  });
});

describe('incremental analysis with many definitions', () => {
  /** A draft with `n` footnotes and `n` reference links, each called or used once. */
  const many = (n: number) => {
    const uses = Array.from({ length: n }, (_, i) => `Paragraphe ${i} {C1}, voir [^n${i}] et [l'annexe][ref${i}].`);
    const notes = Array.from({ length: n }, (_, i) => `[^n${i}]: Note ${i}.`);
    const refs = Array.from({ length: n }, (_, i) => `[ref${i}]: annexes/a${i}.pdf`);
    return asDraft(`# Sujet\n\n${uses.join('\n\n')}\n\n${notes.join('\n')}\n\n${refs.join('\n')}\n`);
  };

  it('gives remark a number of characters linear in the draft, not in definitions × chunks', () => {
    const counts = [125, 500].map((n) => {
      const text = many(n);
      const cache = new BlockCache();
      cache.blocks(text);
      return { n, text: text.length, parsed: cache.last.parsedChars };
    });
    // Each chunk is parsed after the two definitions it uses, and the definitions'
    // chunks once alone and once after their own definitions: about 3 × the text.
    for (const c of counts) assert.ok(c.parsed < 4 * c.text, JSON.stringify(c));
    // Four times the definitions, four times the characters (quadratic would be sixteen).
    assert.ok(counts[1].parsed < 4.5 * counts[0].parsed, JSON.stringify(counts));
  });

  it('still equals the whole-document analysis there, and after an edit of one definition', () => {
    const text = many(100);
    const cache = new BlockCache();
    same(text, cache);
    const edited = text.replace('[^n7]: Note 7.', '[^n7]: Note {C2} 7.');
    same(edited, cache);
    // Only the chunks that use the edited note and the definitions' chunk are parsed again.
    assert.ok(cache.last.parsed <= 3, JSON.stringify(cache.last));
  });
});
