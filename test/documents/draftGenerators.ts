/**
 * fast-check generators of exam drafts for the no-leak property (FORMAT.md
 * §10): tags everywhere (headings, paragraphs, items, tables, quotes, link
 * text, emphasis, line starts, glued to words), `:::corrige` nested in items
 * and at the top level, `:::jury` notes, HTML comments (inline, block,
 * multi-line), code (fenced and inline) holding `{C3}` and `:::corrige` as
 * text, marks, placeholders. Answer keys, notes and comments use words of their
 * own (SECRET), so a leak shows as a word.
 */
import fc from 'fast-check';
import { checkNoLeak } from './noLeak';
import { analyze } from '../helpers/core';
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../server/src/core/documents/build';
import { findingsOf } from '../../server/src/core/documents/candidate';

const WORDS = ['Analysez', 'le', 'marché', 'des', 'confitures', 'premium', 'et', 'proposez', 'une', 'stratégie', "d'entreprise", 'à', 'trois', 'ans', 'Maison', 'Verdier', 'été', 'Œuvre', 'ça', '2026', 'annexe'];
const SECRET = ['corrigezzz', 'réponsexx', 'juryyy', 'barèmesecret', 'indicexx', 'commentairezz', 'notexx'];
const TAGS = ['{C1}', '{C3}', '{C3.2}', '{c2.1}', '{C1-C5}', '{C1–C5}', '{C3, C4.1}', '{C3 C4.1}', '{C21}', '{C3; C4}', '{C3 et C4}', '{C4.9}'];
const MARKS = ['(2 points)', '(1,5 point)', '(45 min)', '(1 h 30)'];
const INLINE_OTHER = ['`{C3}`', '`:::corrige`', '\\{C3}', '{foo}', '[à rédiger]', '&amp;', '**gras**'];

const word = fc.constantFrom(...WORDS);
const secretWord = fc.constantFrom(...SECRET);
const tag = fc.constantFrom(...TAGS);

/** A stretch of prose: words, tags (spaced or glued), marks, inline comments, inline code. */
const prose: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word.map((w) => ` ${w}`) },
      { weight: 3, arbitrary: tag.map((t) => ` ${t}`) },
      { weight: 1, arbitrary: tag },
      { weight: 1, arbitrary: fc.constantFrom(...MARKS).map((m) => ` ${m}`) },
      { weight: 1, arbitrary: fc.array(secretWord, { minLength: 1, maxLength: 3 }).map((w) => ` <!-- ${w.join(' ')} -->`) },
      { weight: 1, arbitrary: fc.constantFrom(...INLINE_OTHER).map((x) => ` ${x}`) },
      { weight: 1, arbitrary: fc.tuple(word, tag).map(([w, t]) => ` **${w} ${t}**`) },
      { weight: 1, arbitrary: fc.tuple(word, tag).map(([w, t]) => ` [${w} ${t}](https://x.fr/a)`) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join('').replace(/^ +/, ''));

/** A line that starts with a tag. */
const lineStartingWithTag = fc.tuple(tag, prose).map(([t, p]) => `${t} ${p}`);

/** The content of a container: lines of secret words, a list, tags. */
const secretBody = fc.array(
  fc.oneof(
    fc.array(fc.oneof(secretWord, tag), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
    fc.array(secretWord, { minLength: 1, maxLength: 3 }).map((w) => `- ${w.join(' ')} {C1.1} (1 point)`),
  ),
  { minLength: 1, maxLength: 3 },
);

function container(name: string, body: string[], indent: string): string {
  return [`${indent}:::${name}`, ...body.map((l) => `${indent}${l}`), `${indent}:::`].join('\n');
}

const containerBlock = fc.tuple(fc.constantFrom('corrige', 'corrigé', 'jury'), secretBody).map(([n, b]) => container(n, b, ''));

/** A list item, maybe with a continuation line, a nested list and a nested corrigé. */
const item = (marker: string) =>
  fc
    .tuple(prose, fc.option(fc.oneof(prose, lineStartingWithTag)), fc.option(fc.array(prose, { minLength: 1, maxLength: 2 })), fc.option(fc.tuple(fc.constantFrom('corrige', 'jury'), secretBody)))
    .map(([first, cont, sub, key]) => {
      const indent = ' '.repeat(marker.length + 1);
      const lines = [`${marker} ${first}`];
      if (cont) lines.push(`${indent}${cont}`);
      if (sub) lines.push('', ...sub.map((s) => `${indent}- ${s}`));
      if (key) lines.push('', container(key[0], key[1], indent));
      return lines.join('\n');
    });

const list = fc
  .tuple(fc.constantFrom('ordered', 'bullet'), fc.array(fc.constant(0), { minLength: 1, maxLength: 3 }), fc.boolean())
  .chain(([kind, items, loose]) =>
    fc.tuple(...items.map((_, i) => item(kind === 'ordered' ? `${i + 1}.` : '-'))).map((xs) => xs.join(loose ? '\n\n' : '\n')),
  );

const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(prose, tag, fc.tuple(tag, fc.constantFrom(...MARKS)).map(([t, m]) => `${t} ${m}`))).map(([d, p]) => `${'#'.repeat(d)} ${p}`);

const paragraph = fc.array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: lineStartingWithTag }, { weight: 1, arbitrary: tag }), { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));

const code = fc.array(fc.oneof(word, fc.constantFrom('{C3}', ':::corrige', ':::', ':::jury', '{C1.1} (2 points)')), { minLength: 1, maxLength: 4 }).map((ls) => ['```', ...ls, '```'].join('\n'));

const indentedCode = fc.array(fc.oneof(word, fc.constant('{C3}')), { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `    ${l}`).join('\n'));

const comment = fc.oneof(
  fc.array(fc.oneof(secretWord, tag), { minLength: 1, maxLength: 4 }).map((w) => `<!-- ${w.join(' ')} -->`),
  fc.array(secretWord, { minLength: 2, maxLength: 4 }).map((w) => `<!--\n${w.join('\n')}\n-->`),
);

const table = fc.array(fc.tuple(prose, fc.oneof(prose, tag)), { minLength: 1, maxLength: 3 }).map((rows) =>
  ['| Question | Points |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`)].join('\n'),
);

const quote = fc.tuple(fc.array(prose, { minLength: 1, maxLength: 2 }), fc.option(secretBody)).map(([ls, key]) => {
  const lines = ls.map((l) => `> ${l}`);
  // A corrigé inside a block quote: its lines carry the quote markers.
  if (key) lines.push('>', ...container('corrige', key, '').split('\n').map((l) => `> ${l}`));
  return lines.join('\n');
});

const setext = fc.tuple(prose, fc.constantFrom('===', '---')).map(([p, u]) => `${p.replace(/^[-+*#>\d]/, 'x')}\n${u}`);

const block = fc.oneof(
  { weight: 3, arbitrary: paragraph },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: containerBlock },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: comment },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: setext },
);

const frontMatter = fc.option(fc.tuple(fc.option(fc.array(word, { minLength: 1, maxLength: 3 })), fc.constantFrom('M1', 'M2')).map(([titre, m]) => {
  const lines = ['---', 'referentiel: mdc-2023', `modalite: ${m}`];
  if (titre) lines.push(`titre: "${titre.join(' ').replace(/"/g, '')}"`);
  lines.push('---', '');
  return lines.join('\n');
}));

/** A generated draft. Blocks are apart (a blank line), except that indented code needs a paragraph break before it. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([fm, blocks, crlf]) => {
    const text = `${fm ?? ''}${blocks.join('\n\n')}\n`;
    // Drafts written on Windows.
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** The property: the candidate's Markdown of any generated draft leaks nothing and loses nothing. */
export function noLeakProperty(): fc.IPropertyWithHooks<[string]> {
  return fc.property(draft, (text) => {
    const analysis = analyze(text);
    const doc = buildDocument(analysis, 'candidat', 'fr');
    checkNoLeak(text, doc.markdown);
    // The correctors' file shows the answer keys, but as text: no tag, container or comment either.
    const correcteur = buildDocument(analysis, 'correcteur', 'fr').markdown;
    assert.deepEqual(findingsOf(correcteur), { tags: [], containers: [], comments: [] }, correcteur);
  });
}

/** Counterexamples found, replayed first. */
export const NO_LEAK_EXAMPLES: [string][] = [
  // Found by the formats' property: the spaces between removed tags ended the line with two spaces,
  // a hard line break the draft did not have. A cut line keeps its own trailing spaces only.
  ['1. Analysez {C1}{C1} {C1}{C1}\n   {C1} [Analysez {C1}](https://x.fr/a) `{C3}`\n'],
  // A comment starting a line is an HTML block to the end of that line: `{C1}` after it was raw HTML,
  // and cutting the comment alone made it a tag. The comment block now goes whole.
  ['1. Analysez\n   <!-- corrigezzz --> **Analysez {C1}** Analysez\n\n1. (2 points)\n'],
  // The tags-only paragraph that ended the list removed, the indented code after it joined the
  // list item as a paragraph and `{C3}` became a tag: it is now disarmed (`\{C3}`).
  ['1. Analysez\n\n{C1}\n\n    {C3}\n\n1. <!-- corrigezzz -->\n'],
];
