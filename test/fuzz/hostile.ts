/**
 * Hostile drafts for the fuzzer (issue 8): generated and mutated drafts with the
 * inputs that broke or stalled the analysis before, and the property every one
 * must keep. Shared by test/fuzz/fuzz.test.ts (a bounded run in `npm test`) and
 * scripts/fuzz.ts (`npm run fuzz`, a long run that prints figures).
 */
import fc from 'fast-check';
import { analyzeDraft, type DraftAnalysis } from '../../server/src/core/analyze';
import { BlockCache } from '../../server/src/core/incremental/blockCache';
import { scanTags } from '../../server/src/core/parse/tagSyntax';
import { store } from '../helpers/core';

const BOMB = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');

/** Front matters, valid and broken. */
const FRONT: string[] = [
  '---\nmodalite: M1\n---\n',
  '---\nmodalite: M2\nreferentiel: mdc-2023\ntitre: "Sujet — test"\n---\n',
  '---\nmodalite: M1\ntitre: *Important*\n---\n',
  `---\nmodalite: M1\n${BOMB}\n---\n`,
  '---\nmodalite: [M1]\nreferentiel: [./x.yaml]\n---\n',
  '---\nmodalite: 3\nreferentiel: ~\n---\n',
  '---\nmodalite: M1\nMODALITE: M2\nmodalite: M3\n---\n',
  '---\nmodalite: M1\n? [a, b]\n: x\n---\n',
  '---\nmodalite: M4\ntitre: "jamais fermé\n',
  '---\nmodalite: M3\n',
  '---\n\tmodalite: M1\n---\n',
  `---\nmodalite: M1\nx: ${'['.repeat(3000)}\n---\n`,
  `---\nmodalite: M1\nx: ${'{a: '.repeat(2000)}\n---\n`,
  '---\nmodalite: !!binary aGVsbG8=\n---\n',
  '---\nmodalite: *\n---\n',
  '---\n---\n',
  '',
];

const WORDS = ['Question', 'réponse', 'l’entreprise', 'مرحبا بالعالم', 'שלום עולם', '\u202Eabc\u202C', '👩‍👩‍👧‍👦', '🇫🇷', 'e\u0301\u0301\u0301', 'Z̴̡̛a̷l̸g̶o', '\u0000', '\u200B', '\uFFFD', '\uD800', '&amp;', '\\{C3}', '`{C4}`', '<!-- {C5} -->', '**gras**', '_it_', '[lien](http://x/{C6})'];
const TAGS = ['{C1}', '{C3.2}', '{C03.2}', '{c1-c5}', '{C9-C6}', '{C3; C4}', '{C1', '{C99999999999999999999}', '{C1.99999999999999999999}', '{C0}', '{C3.0}', '{C1–C5}', '{C3, C4.1}', '{C3 et C4}', '{C1,}', '{C1 C2 C3 C4 C5 C6 C7 C8 C9 C10}'];

/** Pieces of body, from ordinary lines to the shapes that stall remark. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...TAGS)), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.constantFrom('# Titre {C1}', '## Partie {C2.1}', '- item {C3}', '1. q {C4}', '> cité {C5}', '| a | b |\n| - | - |\n| {C1} | x |', '```\n{C1}\n```', '```', '~~~', '    code {C2}', '---', '***', ':::corrige', '[^1]: note {C1}', '[x]: http://y') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1500 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x {C1}`).join('\n')) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => `${'> '.repeat(n)}x`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => `${'- '.repeat(n)}x`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 600 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}${i % 2 ? '> ' : '- '}y`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('[', '*', '_', '`', '*_', '[a', '[a](', '<', '![', '~'), fc.integer({ min: 1, max: 20000 })).map(([s, n]) => s.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 10000 }).map((n) => Array.from({ length: n }, (_, i) => `{C${(i % 25) + 1}}`).join(' ')) },
  // Points, durations and answer keys (FORMAT.md §8–9): many, nested, unclosed, on one line.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 6)}- q {C${(i % 5) + 1}.1} (${(i % 4) + 1} points)\n\n${'  '.repeat(i % 6)}  :::corrige\n${'  '.repeat(i % 6)}  - r [à rédiger]\n${'  '.repeat(i % 6)}  :::`).join('\n')) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => `${':'.repeat(3 + (i % 5))}corrige`).join('\n')) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 10000 }).map((n) => '(1 point) (45 min) '.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);

/** Line endings applied to a whole draft. */
const ending = fc.constantFrom('\n', '\n', '\r\n', '\r');

/** A hostile draft: a front matter, body pieces, one kind of line ending, a BOM sometimes, then random edits. */
export const hostileDraft: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FRONT), fc.array(piece, { maxLength: 12 }), ending, fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 4 }))
  .map(([front, pieces, eol, bom, edits]) => {
    let text = (bom ? '\uFEFF' : '') + `${front}${pieces.join('\n\n')}\n`.replace(/\n/g, eol);
    for (const [at, del, ins] of edits) {
      const p = text.length ? at % text.length : 0;
      text = text.slice(0, p) + ins + text.slice(p + del);
    }
    return text;
  });

/** Random bytes, for decodeFile (invalid UTF-8, NUL, BOMs of UTF-16 and UTF-8). */
export const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80]), fc.uint8Array({ maxLength: 500 }))
    .map(([head, rest]) => Uint8Array.from([...Buffer.from('---\nmodalite: M1\n---\n'), ...head, ...rest])),
);

/** The fixed hostile drafts of the issue, each once (they are too large to be drawn often). */
export const FIXED: { name: string; text: string }[] = [
  { name: '1,000 nested list levels', text: `---\nmodalite: M1\n---\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n` },
  { name: '3,000 list markers on one line', text: `---\nmodalite: M1\n---\n${'- '.repeat(3000)}x\n` },
  { name: '3,000 nested quotes', text: `---\nmodalite: M1\n---\n${'> '.repeat(3000)}x\n` },
  { name: '500 questions with answer keys and marks', text: `---\nmodalite: M1\nbareme: 20\nduree: 4 h\n---\n${Array.from({ length: 500 }, (_, i) => `## D${i} {C${(i % 5) + 1}} (2 points)\n\n1. q {C${(i % 5) + 1}.1} (1 point) (5 min)\n\n   :::corrige\n   - r {C1.2} (9 points)\n   :::\n\n2. s (1 point)\n`).join('\n')}` },
  { name: '5,000 unclosed containers', text: `---\nmodalite: M1\n---\n${Array.from({ length: 5000 }, (_, i) => `${':'.repeat(3 + (i % 7))}jury`).join('\n')}\n` },
  { name: '10,000 tags on one line', text: `---\nmodalite: M1\n---\n${Array.from({ length: 10000 }, (_, i) => `{C${(i % 25) + 1}}`).join(' ')}\n` },
  { name: 'a 1 MB line', text: `---\nmodalite: M1\n---\n${`${'mot '.repeat(24)}{C3} `.repeat(10_000)}\n` },
  { name: '10,000 alternating *_ delimiters', text: `---\nmodalite: M1\n---\n${'*_'.repeat(10000)}\n` },
  { name: '30,000 unclosed [a](', text: `---\nmodalite: M1\n---\n${'[a]('.repeat(30000)}\n` },
  { name: 'an alias bomb', text: `---\nmodalite: M1\n${BOMB}\n---\n# S {C1}\n` },
  { name: 'an unresolved alias', text: '---\nmodalite: M1\ntitre: *Important*\n---\n# S {C1}\n' },
  { name: '{C99999999999999999999}', text: '---\nmodalite: M1\n---\n# S {C99999999999999999999} {C1.99999999999999999999}\n' },
  { name: 'CR-only line endings', text: '---\rmodalite: M1\r---\r# S {C1}\r- a {C2}\r' },
  { name: 'an unclosed fence and front matter', text: '---\nmodalite: M1\n```\n{C1}\n' },
  { name: 'YAML nested 3,000 deep', text: `---\nmodalite: M1\nx: ${'['.repeat(3000)}\n---\n` },
];

/** Codes whose range is one code or range of a tag (FORMAT.md §3). */
const CODE_RANGED = new Set(['competence-inconnue', 'critere-inconnu', 'hors-modalite', 'plage-invalide']);

/** The block cache the CLI and the server parse through, shared by all cases as theirs is. */
const cache = new BlockCache();

/** Analyses a draft with the bundled référentiel, whole or through the block cache. */
export function analyzeHostile(text: string, viaCache = false, fileName = '/fuzz/sujet.cas.md'): DraftAnalysis {
  return analyzeDraft(fileName, text, { resolve: store.resolver, ...(viaCache ? { parse: cache.parse } : {}) });
}

/**
 * What is wrong with the analysis of a text (empty when nothing): it must not
 * throw or fail inside, every range must lie inside the document (never past a
 * line's end, never inside a CRLF), and a tag diagnostic must cover exactly a
 * code (`C3.2`, `C1-C5`) or the braces of a malformed tag.
 */
export function problemsOf(text: string): string[] {
  // Small drafts go through the block cache too (the path of the CLI and the server).
  return text.length > 50_000 ? problemsOfOne(text, false) : [...problemsOfOne(text, false), ...problemsOfOne(text, true).map((p) => `(cache) ${p}`)];
}

function problemsOfOne(text: string, viaCache: boolean): string[] {
  let a: DraftAnalysis;
  try {
    a = analyzeHostile(text, viaCache);
  } catch (e) {
    return [`threw: ${(e as Error).message}`];
  }
  const out: string[] = a.failures.map((f) => `failed: ${f}`);
  const lines = a.model.lines;
  for (const d of a.diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      if (p.line < 0 || p.line >= lines.lineCount) out.push(`${d.code}: line ${p.line} outside the document`);
      else if (p.character < 0 || p.character > lines.lineEnd(p.line) - lines.lineStart(p.line)) out.push(`${d.code}: ${p.line}:${p.character} past the line's end`);
    }
    const s = lines.offsetAt(d.range.start);
    const e = lines.offsetAt(d.range.end);
    if (e < s) out.push(`${d.code}: range ends before it starts`);
    const covered = text.slice(s, e);
    if (CODE_RANGED.has(d.code)) {
      const [tag] = scanTags(`{${covered}}`);
      if (!tag || tag.malformed || tag.items.length !== 1 || tag.span.end !== covered.length + 2) out.push(`${d.code}: range «${covered.slice(0, 40)}» is not one code`);
    }
    if (d.code === 'tag-malforme' && !covered.startsWith('{')) out.push(`tag-malforme: range «${covered.slice(0, 40)}» does not start at a brace`);
    if (/Maximum call stack|\[object |undefined|NaN/.test(d.message)) out.push(`${d.code}: raw message «${d.message.slice(0, 80)}»`);
  }
  return out;
}
