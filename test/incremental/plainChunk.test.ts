/**
 * The remark-free reading of plain chunks must be what remark reads: for
 * generated chunks close to plain (prose, headings, fences, with every special
 * character thrown in now and then), whenever plainChunkBlocks answers, its
 * blocks equal remark's for the chunk in any context that may follow it.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainChunkBlocks } from '../../server/src/core/incremental/plainChunk';
import { parseChunk } from '../../server/src/core/parse/blocks';

const RUNS = Number(process.env.RNCP_FC_RUNS ?? 250) * 4;

const piece = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('Analysez', 'le', 'marché', "l'offre", 'à', '2026-2029', '12,4 %', '« prix »', 'M€', 'été', 'x', ' ', '  ', '\t') },
  { weight: 4, arbitrary: fc.constantFrom('{C1}', '{C3.2}', '{C1-C5}', '{C3; C4}', '{C3', '}', '{', '{c2, C4.1}') },
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
const chunk = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 7 }), fc.constantFrom('\n\n', '\n\n\n', '\n \n', '\n', '', '\r\n\r\n'), fc.constantFrom('\n', '\r\n'))
  .map(([lines, end, eol]) => lines.join(eol) + end);

describe('plain chunks without remark', () => {
  it('read exactly as remark reads them, whatever follows', () => {
    let answered = 0;
    const kinds: Record<string, number> = {};
    fc.assert(
      fc.property(chunk, fc.boolean(), (c, last) => {
        const fast = plainChunkBlocks(c, last);
        if (!fast) return;
        answered++;
        kinds[fast[0].findings.type] = (kinds[fast[0].findings.type] ?? 0) + 1;
        // What may follow: any line the splitter cuts before (never a list item right after a list).
        const nexts = last ? [''] : ['x', '> a', '[^n]: b', ...(fast[fast.length - 1].findings.type === 'list' ? [] : ['- a', '1. a'])];
        for (const next of nexts) {
          assert.deepEqual(fast, parseChunk(c + next, 0, c.length).blocks, JSON.stringify({ c, next }));
        }
      }),
      { numRuns: RUNS },
    );
    if (process.env.RNCP_FC_VERBOSE) console.log(`plain chunks answered: ${answered}/${RUNS}`, kinds);
    assert.ok(answered > RUNS / 50, `the generator should often produce plain chunks (${answered})`);
  });

  it('leaves anything else to remark', () => {
    for (const c of ['*a*\n\n', 'a\n\n  b\n\n', '- a\n\n  b\n\n', '- a\n* b\n\n', '- a\n - b\n\n', '- a\nb\n\n', '## T #\n\n', 'a  \nb\n\n', '```\nx\n\n', '```\nx\n```\ny\n\n', 'a\n', 'www.x.fr {C1}\n\n', '[a] {C1}\n\n']) {
      assert.equal(plainChunkBlocks(c, false), undefined, JSON.stringify(c));
    }
    assert.ok(plainChunkBlocks('a {C1}\n', true));
    assert.ok(plainChunkBlocks('## Titre {C2}\n\n', false));
    assert.ok(plainChunkBlocks('- a {C1}\n  suite\n- b\n\n', false));
    assert.ok(plainChunkBlocks('- a\n\n- b {C2}\n\n1. c\n\n', false)?.length === 2);
    assert.ok(plainChunkBlocks('| a {C1} | b |\n| --- | --- |\n| c | d {C2} |\n\n', false));
    assert.ok(plainChunkBlocks('```json\n{ "a": 1 }\n\n```\n\n', false));
  });
});
