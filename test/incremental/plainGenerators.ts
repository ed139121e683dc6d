/**
 * fast-check generators of chunks close to "plain" (see
 * server/src/core/incremental/plainChunk.ts), for the property that the
 * remark-free reading equals remark's.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainChunkBlocks } from '../../server/src/core/incremental/plainChunk';
import { parseChunk } from '../../server/src/core/parse/blocks';

const piece = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('Analysez', 'le', 'marché', "l'offre", 'à', '2026-2029', '12,4 %', '« prix »', 'M€', 'été', 'x', ' ', '  ', '\t') },
  { weight: 4, arbitrary: fc.constantFrom('{C1}', '{C3.2}', '{C1-C5}', '{C3; C4}', '{C3', '}', '{', '{c2, C4.1}') },
  { weight: 3, arbitrary: fc.constantFrom('(4 points)', '(1,5 pt)', '(45 min)', '(1 h 30)', '(0 point)', '(2\u00a0pts)', '(3', ')', ':::', ':::corrige', '::') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('\\', '`', '*', '_', '&amp;', '&', '<b>', '<', '>', '[', ']', '!', '~', '|', '#', '=', '-', '+', '1.', '4.', '01)', '82 %', '@', 'www.x.fr', 'http://x', 'mailto:a', ':', '\u00a0', '\ufeff', '\u0000', '"', "'"),
  },
);
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const line = fc.oneof(
  { weight: 8, arbitrary: text },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '###### ', '#', '####### ', '#  '), text).map(([h, t]) => h + t) },
  { weight: 3, arbitrary: fc.constantFrom('```', '```js', '~~~', '````', '``` `x`', '~~~~ a', '```  ', '  ```', '   ~~~', '    ```') },
  { weight: 3, arbitrary: fc.constantFrom('', '', ' ', '\t') },
  { weight: 3, arbitrary: fc.tuple(fc.array(text, { minLength: 1, maxLength: 4 }), fc.constantFrom('|', ' |', '| ', '')).map(([cells, edge]) => `|${cells.join('|')}${edge}`) },
  { weight: 2, arbitrary: fc.constantFrom('| --- | ---: |', '|---|---|', '| :-: |', '| - | - | - |', '|--|', '| --- | x |') },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { maxLength: 3 }), fc.array(text, { minLength: 1, maxLength: 3 }))
      .map(([n, rows, head]) => [`| ${head.join(' | ')} |`, `|${' --- |'.repeat(n)}`, ...rows.map((r) => `|${r.join('|')}|`)].join('\n')),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ', '   ', '    ', '> ', '-', '1.'), text).map(([p, t]) => p + t) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2. ', '10. ', '2) ', '  ', '   ', '    ', ' ', '-  '), text).map(([p, t]) => p + t) },
);
/** Chunks close to plain: prose, headings, fences, lists, tables, with every special character now and then. */
export const chunk: fc.Arbitrary<string> = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 7 }), fc.constantFrom('\n\n', '\n\n\n', '\n \n', '\n', '', '\r\n\r\n'), fc.constantFrom('\n', '\r\n'))
  .map(([lines, end, eol]) => lines.join(eol) + end);


/**
 * When plainChunkBlocks answers for a chunk, checks its blocks against remark's
 * for the chunk followed by anything the splitter may cut before; answers the
 * first block's type, or undefined when it left the chunk to remark.
 */
export function checkPlainChunk(c: string, last: boolean): string | undefined {
  const fast = plainChunkBlocks(c, last);
  if (!fast) return undefined;
  // What may follow: any line the splitter cuts before (never a list item right after a list).
  const nexts = last ? [''] : ['x', '> a', '[^n]: b', ...(fast[fast.length - 1].findings.type === 'list' ? [] : ['- a', '1. a'])];
  for (const next of nexts) assert.deepEqual(fast, parseChunk(c + next, 0, c.length).blocks, JSON.stringify({ c, next }));
  return fast[0].findings.type;
}
