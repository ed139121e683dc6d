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
  // Marker widths and continuation indents around them.
  '1) ', '10) ', '100. ', '999999999. ', '-  ', '-   ', '-    ', ' - ', '   - ', '1.\t', ' \t- ', '     ', '      ', '[^n]: ',
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
  // Points and duration marks (FORMAT.md §8), good and bad, and placeholders.
  '(4 points)', '(1,5 pt)', '(2 pts)', '(0,5 point)', '(45 min)', '(1 h 30)', '(2h)', '(0 point)', '(4 points', '`(3 points)`',
  '[x (2 points)](https://x.fr/(3 points))', '<!-- (2 points) -->', '(3\u00a0points)', '[à rédiger]',
];

const BLOCK_BODIES = [
  '```', '```md', '~~~', '````', '``` `x`', '~~~~', '```{C3}',
  '<!--', '-->', '<!-- {C3} -->', '<!-->', '<div>', '</div>', '<div class="x">', '<span>', '<span class="a">', '</span>',
  '<script>', '</script>', '<pre>', '</pre>', '<style>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>',
  '<b>{C2}</b>', '<a href="x">', '<x-y z>', '<p>{C4}',
  '# Titre {C1}', '## Sous-titre', '###### x {C5}', '#nope {C3}', '# ', '===', '---', '***', '- - -', '___', '--', '=', '= =',
  '| a | b {C3} |', '| --- | --- |', '| - |', 'a | b', '--- | ---', '|x|',
  '[ref]: /url', '[REF]: <u> "titre"', '[ref]:', '[^n]: note {C4}', '[^n]:', '[autre]: /v', '[lien {C4}][ref]',
  '[a\\*b]: /u', '![img {C2}][a\\*b]', '[Ref  Lien]: /x', '![x {C1}][ref\nlien]', '[^N]', '[^1]: a', '![i {C3}][^1]', '[^{C3}]: x',
  '<!-- a', '--> {C2}', '<div>{C1}</div>', '| {C1} |', '|---|',
  // Container directives (FORMAT.md §9): openers, closers, other names, near misses.
  ':::corrige', ':::corrigé', ':::jury', ':::', '::::', '::::jury', ':::note', ':::corrige{#x}', ':::corrige[Éléments]', ':::corrige texte',
  '::: corrige', '::', '::x', ':C3', 'heure 10:30', ':::jury (2 points)', ':::   ', ':::corrige-', ':::x{a="', ':::a--b', ':::€',
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

/**
 * A list item with continuation lines indented around its content column (one
 * short, exact, one more, at column 0, at 4), holding fences, prose or blank
 * lines: where the item ends decides where a fence belongs, so an off-by-one in
 * the splitter's item width shows here.
 */
const listItem: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '   '),
    fc.constantFrom('-', '*', '+', '1.', '2)', '9.', '10.', '100)'),
    fc.constantFrom(' ', '  ', '   ', '    ', '     ', '\t', ''),
    fc.constantFrom('a {C1}', '{C2}', '```', '', 'texte'),
    fc.array(
      fc.tuple(fc.constantFrom(-2, -1, 0, 1, 2, 'zero', 'four'), fc.constantFrom('```', '~~~', 'b {C3}', '', '    code {C4}', '- c', '# h {C5}', '> q', '<!--', '-->')),
      { maxLength: 5 },
    ),
  )
  .map(([indent, marker, space, first, rest]) => {
    const w = indent.length + marker.length + (space === '\t' ? 4 - ((indent.length + marker.length) % 4) : space.length || 1);
    const lines = [`${indent}${marker}${first ? space + first : ''}`];
    for (const [d, body] of rest) {
      const n = d === 'zero' ? 0 : d === 'four' ? 4 : Math.max(0, w + (d as number));
      lines.push(body ? ' '.repeat(n) + body : '');
    }
    return lines.join('\n');
  });

/** A multi-line construct: a fenced block, an HTML block, a table, definitions and their uses, a setext heading. */
const construct: fc.Arbitrary<string> = fc.oneof(
  listItem,
  fc.constantFrom(
    '```\n{C1} code\n\n# pas un titre\n```',
    '<!--\n\n{C2}\n\n-->',
    '<div>\n{C3}\n\n</div>',
    '| a {C1} | b |\n| --- | --- |\n| {C2} | x |',
    'Titre {C1}\n===',
    'Sous-titre {C2}\n---',
    '[ref]: /u\n[^n]: note {C3}\n    suite {C4}',
    'voir [^n], ![img {C5}][ref] et [lien][ref]',
    '    code {C1}\n\n    encore',
    '- a\n\n    code {C2}',
    '1. a\n\n   ```\n   {C3}\n   ```',
    '> a {C1}\nlazy {C2}\n> - b',
    ':::corrige\n- élément {C1.1} (1 point)\n\n# pas hors du corrigé {C2}\n:::',
    '1. Question {C1} (3 points)\n\n   :::corrige\n   - a\n\n   - b (1 pt)\n   :::\n2. Autre {C2} (2 points)',
    ':::jury\nnote\n```\n:::\n```\nsuite {C3}',
    '::::corrige\n:::jury\nx {C4}\n:::\n(2 points)\n::::',
    ':::corrige\njamais fermé {C5} (4 points)\n\n## titre {C1}',
    'para (1 point)\n:::jury\ny\n:::\nz {C2}',
    '> :::corrige\n> a {C1}\nlazy\n\n:::',
    '## Dossier 1 (6 points) {C1}\n\n1. a {C1.1} (3 points)\n2. b (3 points)',
  ),
);

const FRONT_MATTERS = ['---\nmodalite: M1\n---\n', '---\nmodalite: M1\n---\n\n', '---\nmodalite: M2\ntitre: x\n---\n', ''];

/** A whole draft: a front matter (mostly) and 0–40 lines or constructs, LF or CRLF. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...FRONT_MATTERS),
    fc.array(fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: construct }), { maxLength: 40 }),
    fc.constantFrom('\n', '\n', '\n', '\r\n'),
    fc.boolean(),
  )
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
