/**
 * The one-shot parser (CLI, unopened drafts): the whole-document parse for
 * drafts whose chunks would mostly go to remark anyway (inline markup in most
 * paragraphs), the block cache for the others, and the same analysis either way.
 */
import * as assert from 'node:assert/strict';
import type { DraftAnalysis } from '../../server/src/core/analyze';
import { CHUNKED_FROM_LISTS, chunkCosts, OneShotParser, remarkShare, WHOLE_FROM } from '../../server/src/core/incremental/oneShot';
import { splitFrontMatter } from '../../server/src/core/parse/frontMatter';
import { analyze } from '../helpers/core';

const FILE = '/drafts/sujet.cas.md';

function visible(a: DraftAnalysis) {
  return { diagnostics: a.diagnostics, coverage: a.coverage, sections: a.model.sections, tags: a.model.tags };
}

describe('one-shot parser (whole document or block cache, per draft)', () => {
  it('parses whole the drafts with inline markup in most paragraphs, and gives the whole-document analysis', async () => {
    const { generateRealisticDraft } = await import('../../bench/generate.mjs');
    const parser = new OneShotParser();
    for (let seed = 1; seed <= 8; seed++) {
      const text = generateRealisticDraft(300, seed, ['M1', 'M2', 'M3', 'M4'][seed % 4]);
      const whole = parser.stats.whole;
      assert.deepEqual(visible(analyze(text, FILE, { parse: parser.parse })), visible(analyze(text, FILE)));
      const costs = chunkCosts(text, splitFrontMatter(text).bodyStart);
      assert.equal(parser.stats.whole - whole, costs.share >= WHOLE_FROM && costs.lists < CHUNKED_FROM_LISTS ? 1 : 0);
    }
    // Most of them: a few have more plain paragraphs than the others.
    assert.ok(parser.stats.whole >= 6, JSON.stringify(parser.stats));
  });

  it('reads through the block cache the drafts of plain prose, with the same analysis', async () => {
    const { generateDraft } = await import('../../bench/generate.mjs');
    const parser = new OneShotParser();
    for (let seed = 1; seed <= 8; seed++) {
      const text = generateDraft(300, seed, ['M1', 'M2', 'M3', 'M4'][seed % 4]);
      assert.ok(remarkShare(text, splitFrontMatter(text).bodyStart) < WHOLE_FROM);
      assert.deepEqual(visible(analyze(text, FILE, { parse: parser.parse })), visible(analyze(text, FILE)));
    }
    assert.deepEqual(parser.stats, { whole: 0, blocks: 8 });
  });

  it('reads through the block cache a draft of many lists, even with inline markup everywhere (one parse is quadratic in lists)', () => {
    const body = Array.from({ length: CHUNKED_FROM_LISTS + 10 }, (_, i) => `Un **paragraphe** ${i} {C1.${(i % 3) + 1}}\n\n1. q *x*\n2. s`).join('\n\n');
    const text = `---\nmodalite: M1\n---\n${body}\n`;
    const costs = chunkCosts(text, splitFrontMatter(text).bodyStart);
    assert.ok(costs.share >= WHOLE_FROM && costs.lists >= CHUNKED_FROM_LISTS, JSON.stringify(costs));
    const parser = new OneShotParser();
    assert.deepEqual(visible(analyze(text, FILE, { parse: parser.parse })), visible(analyze(text, FILE)));
    assert.deepEqual(parser.stats, { whole: 0, blocks: 1 });
  });

  it('counts as remark\'s share only the chunks that may hold a tag or heading and are not plain', () => {
    const plain = '---\nmodalite: M1\n---\n# Titre {C1}\n\nUn paragraphe simple.\n\n';
    const marked = '---\nmodalite: M1\n---\n# Titre {C1}\n\nUn paragraphe **gras** {C2}.\n\n';
    assert.equal(remarkShare(plain, splitFrontMatter(plain).bodyStart), 0);
    assert.ok(remarkShare(marked, splitFrontMatter(marked).bodyStart) > 0.5);
    assert.equal(remarkShare('', 0), 0);
  });
});
