/**
 * fast-check generators of nasty Markdown drafts for the incremental-analysis
 * property tests: lines made of container prefixes (indentation, quotes, list
 * markers) and bodies (prose, tags valid and invalid, fences, HTML blocks and
 * comments, headings, setext underlines, tables, definitions, entities,
 * escapes), so that blocks nest, interrupt and lazily continue each other.
 */
import fc from 'fast-check';

const PREFIXES = [
  '', '', '', '', '', ' ', '  ', '   ', '    ', '\t', ' \t', '> ', '>', '> > ', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '-', '1.',
  '  - ', '   > ', '> - ', '- > ', '1.  ', '-     ', '-\t', '  1. ', '    - ', '>     ', '- - ',
];

const WORDS = [
  'Analysez', 'le', 'marché', 'des', 'confitures', 'premium', 'et', 'proposez', 'une', 'stratégie', "d'entreprise",
  'à', 'trois', 'ans', 'pour', 'Maison', 'Verdier', 'chiffre', "d'affaires", 'été', 'Œuvre', 'ça',
];

const TAGS = [
  '{C1}', '{C3}', '{C3.2}', '{c2.1}', '{C1-C5}', '{C1–C5}', '{C3, C4.1}', '{C3 C4.1}', '{C5-C1}', '{C3.9}', '{C21}', '{C0}',
  '{C3; C4}', '{C3 et C4}', '{C3', '{C2,}', '\\{C3}', '{foo}', '{}', '{C6}', '{C1-C3.2}', '`{C4}`', '**{C2}**', '_x {C1}_',
  '&amp; {C3}', '&#123;C3}', '{&#67;3}', '[lien {C2}](https://x.fr/{C3})', '<https://x.fr/{C3}>', 'www.ex.fr/{C2}',
  '![alt {C3}](i.png)', '[lien {C4}][ref]', '[ref]', '[Ref]', '![img {C5}][ref]', '[^n]', '[^{C3}]', '<span>{C2}</span>',
  '<!-- {C1} -->', '`code`', '``a`b``', '\\', '  ', '*', '_',
];

const BLOCK_BODIES = [
  '```', '```md', '~~~', '````', '``` `x`', '~~~~', '```{C3}',
  '<!--', '-->', '<!-- {C3} -->', '<!-->', '<div>', '</div>', '<div class="x">', '<span>', '<span class="a">', '</span>',
  '<script>', '</script>', '<pre>', '</pre>', '<style>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>',
  '<b>{C2}</b>', '<a href="x">', '<x-y z>', '<p>{C4}',
  '# Titre {C1}', '## Sous-titre', '###### x {C5}', '#nope {C3}', '# ', '===', '---', '***', '- - -', '___', '--', '=', '= =',
  '| a | b {C3} |', '| --- | --- |', '| - |', 'a | b', '--- | ---', '|x|',
  '[ref]: /url', '[REF]: <u> "titre"', '[ref]:', '[^n]: note {C4}', '[^n]:', '[autre]: /v', '[lien {C4}][ref]',
];

/** One line: a prefix or two, then a body. */
const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('  ', '\t', ' ') },
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...PREFIXES), { maxLength: 2 }),
        fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...BLOCK_BODIES) },
          { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...TAGS)), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')) },
        ),
      )
      .map(([prefixes, body]) => prefixes.join('') + body),
  },
);

const FRONT_MATTERS = ['---\nmodalite: M1\n---\n', '---\nmodalite: M1\n---\n\n', '---\nmodalite: M2\ntitre: x\n---\n', ''];

/** A whole draft: a front matter (mostly) and 0–40 lines, LF or CRLF. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FRONT_MATTERS), fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\n', '\n', '\r\n'), fc.boolean())
  .map(([fm, lines, eol, finalEol]) => (fm + lines.join('\n') + (finalEol ? '\n' : '')).replace(/\n/g, eol));

/** An edit of a text: at a relative position, delete some characters and insert some. */
export interface Edit {
  at: number;
  del: number;
  insert: string;
}

/** Random edits: typing a character, a line break, a tag, a construct, pasting lines. */
export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 60 })),
  insert: fc.oneof(
    fc.constantFrom('', 'a', ' ', '\n', '\n\n', '{', '}', 'C', '3', '#', '`', '>', '-', '<', '*', '[', ']', ':', '|', '\t', '~'),
    fc.constantFrom(...TAGS, ...BLOCK_BODIES),
    fc.array(line, { minLength: 1, maxLength: 8 }).map((l) => `${l.join('\n')}\n`),
  ),
});

/** Applies an edit to a text. */
export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}
