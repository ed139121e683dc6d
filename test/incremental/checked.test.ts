/**
 * The parser chosen by incremental mode, and the check mode's comparison: a
 * cache that gives other blocks than the whole-document parse is caught, at the
 * first block that differs, and the whole-document blocks are used meanwhile.
 */
import * as assert from 'node:assert/strict';
import { BlockCache } from '../../server/src/core/incremental/blockCache';
import { blockParser, firstDifference } from '../../server/src/core/incremental/checked';
import { type Block, parseBlocks } from '../../server/src/core/parse/blocks';
import { analyze } from '../helpers/core';
import { asDraft } from './equivalence';

const TEXT = asDraft('# Sujet {C1}\n\nTexte sans balise.\n\n- a {C2}\n- b\n\nFin {C3}.\n');
const BODY = TEXT.indexOf('# Sujet');

/** A cache that loses the tags of its third block: a stand-in for a splitter bug. */
class BrokenCache extends BlockCache {
  override blocks(text: string, bodyStart = 0): Block[] {
    return super.blocks(text, bodyStart).map((b, i) => (i === 2 ? { ...b, findings: { ...b.findings, tags: [] } } : b));
  }
}

describe('incremental modes (blockParser)', () => {
  it('finds no difference between a sound cache and the whole-document parse, skipped chunks included', () => {
    const cache = new BlockCache();
    const blocks = cache.blocks(TEXT, BODY);
    assert.ok(blocks.some((b) => b.findings.type === 'unparsed'), 'the prose chunk is skipped');
    assert.equal(firstDifference(TEXT, blocks, parseBlocks(TEXT, BODY)), undefined);
  });

  it('names the first block that differs, with its line', () => {
    const d = firstDifference(TEXT, new BrokenCache().blocks(TEXT, BODY), parseBlocks(TEXT, BODY));
    assert.deepEqual(d, {
      offset: TEXT.indexOf('- a'),
      line: 8,
      whole: `list [${TEXT.indexOf('- a')}, ${TEXT.indexOf('\n\nFin')}) 0 heading(s) 1 tag(s)`,
      incremental: `list [${TEXT.indexOf('- a')}, ${TEXT.indexOf('\n\nFin')}) 0 heading(s) 0 tag(s)`,
    });
    // A block missing altogether, or one too many.
    const whole = parseBlocks(TEXT, BODY);
    assert.equal(firstDifference(TEXT, whole.slice(1), whole)?.line, 4);
    assert.match(firstDifference(TEXT, whole, whole.slice(0, -1))?.whole ?? '', /^none$/);
  });

  it('counts a block holding only a placeholder as a finding: a skipped chunk may not stand for it', () => {
    const text = asDraft('# Sujet {C1}\n\n1. [à rédiger]\n\nFin.\n');
    const body = text.indexOf('# Sujet');
    const whole = parseBlocks(text, body);
    const list = whole.find((b) => (b.findings.placeholders?.length ?? 0) > 0)!;
    assert.ok(list, 'the whole parse finds the placeholder');
    assert.equal(firstDifference(text, new BlockCache().blocks(text, body), whole), undefined, 'the cache parses that chunk');
    const skipped: Block = { span: list.span, findings: { type: 'unparsed', headings: [], tags: [] } };
    assert.equal(firstDifference(text, whole.map((b) => (b === list ? skipped : b)), whole)?.offset, list.span.start);
  });

  it('off: the whole-document parse (the cache is not used); on: the cache', () => {
    const broken = new BrokenCache();
    const tags = (parse: ReturnType<typeof blockParser>) => analyze(TEXT, undefined, { parse }).model.tags.map((t) => t.content);
    assert.deepEqual(tags(blockParser('off', broken)), ['C1', 'C2', 'C3']);
    assert.equal(broken.size, 0);
    assert.deepEqual(tags(blockParser('on', broken)), ['C1', 'C3']);
  });

  it('check: reports the difference and analyses with the whole-document blocks', () => {
    const seen: number[] = [];
    const parse = blockParser('check', new BrokenCache(), (d) => seen.push(d.line));
    assert.deepEqual(analyze(TEXT, undefined, { parse }).model.tags.map((t) => t.content), ['C1', 'C2', 'C3']);
    assert.deepEqual(seen, [8]);
    const quiet: number[] = [];
    blockParser('check', new BlockCache(), (d) => quiet.push(d.line))(TEXT, BODY);
    assert.deepEqual(quiet, []);
  });
});
