/**
 * The server's index reads blocks as `rncp.incremental` (and
 * RNCP_INCREMENTAL_CHECK=1) say: through the block cache, by a whole-document
 * parse, or both with one log line naming the file and the first differing
 * block. A cache made to lose a tag stands in for a splitter bug.
 */
import * as assert from 'node:assert/strict';
import { BlockCache } from '../../server/src/core/incremental/blockCache';
import { type IncrementalMode, withDefaults } from '../../server/src/core/settings';
import type { Logger } from '../../server/src/guard';
import { WorkspaceIndex } from '../../server/src/workspaceIndex';
import { NodeWorkspace } from '../../server/src/workspace/nodeWorkspace';
import { store } from '../helpers/core';

const DRAFT = '---\nmodalite: M1\n---\n# Sujet {C1}\n\nTexte.\n\n- a {C2}\n- b\n\nFin {C3}.\n';

describe('server: incremental modes of the index', () => {
  const original = BlockCache.prototype.blocks;
  before(() => {
    BlockCache.prototype.blocks = function (this: BlockCache, text: string, bodyStart?: number) {
      return original.call(this, text, bodyStart).map((b) => (b.findings.type === 'list' ? { ...b, findings: { ...b.findings, tags: [] } } : b));
    };
  });
  after(() => {
    BlockCache.prototype.blocks = original;
  });

  const analyse = (incremental: IncrementalMode) => {
    const errors: string[] = [];
    const log: Logger = { error: (m) => errors.push(m), warn: () => {}, info: () => {}, log: () => {} };
    const index = new WorkspaceIndex({ store, workspace: new NodeWorkspace(), settings: () => withDefaults({ incremental }), log });
    const tags = index.analyze('file:///w/sujet.cas.md', '/w/sujet.cas.md', DRAFT, true)?.model.tags.map((t) => t.content);
    index.dispose();
    return { tags, errors };
  };

  it('on: through the cache; off: the whole-document parse', () => {
    assert.deepEqual(analyse('on'), { tags: ['C1', 'C3'], errors: [] });
    assert.deepEqual(analyse('off'), { tags: ['C1', 'C2', 'C3'], errors: [] });
  });

  it('check: the whole-document analysis, and one log line with the file and the first differing block', () => {
    const { tags, errors } = analyse('check');
    assert.deepEqual(tags, ['C1', 'C2', 'C3']);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^rncp: \/w\/sujet\.cas\.md: the incremental parse differs from the whole-document parse at line 8 \(offset \d+\): whole list \[\d+, \d+\) 0 heading\(s\) 1 tag\(s\), incremental list \[\d+, \d+\) 0 heading\(s\) 0 tag\(s\)$/);
  });
});
