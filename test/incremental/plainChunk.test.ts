/**
 * The remark-free reading of plain chunks must be what remark reads: for
 * generated chunks close to plain (prose, headings, fences, with every special
 * character thrown in now and then), whenever plainChunkBlocks answers, its
 * blocks equal remark's for the chunk in any context that may follow it.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainChunkBlocks } from '../../server/src/core/incremental/plainChunk';
import { checkPlainChunk, chunk } from './plainGenerators';

const RUNS = Number(process.env.RNCP_FC_RUNS ?? 250) * 4;

describe('plain chunks without remark', () => {
  it('read exactly as remark reads them, whatever follows', () => {
    let answered = 0;
    const kinds: Record<string, number> = {};
    fc.assert(
      fc.property(chunk, fc.boolean(), (c, last) => {
        const type = checkPlainChunk(c, last);
        if (!type) return;
        answered++;
        kinds[type] = (kinds[type] ?? 0) + 1;
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
