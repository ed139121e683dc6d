/**
 * The candidate's subject leaks nothing and loses nothing (FORMAT.md §10), on
 * generated drafts: no tag, container or comment, no word found only in an
 * answer key, a jury note, a comment, a tag or the front matter, and every
 * other word of the draft, as many times. The long run: `npm run test:documents:long`.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkNoLeak } from '../../documents/noLeak';
import { NO_LEAK_EXAMPLES, noLeakProperty } from '../../documents/draftGenerators';

describe('documents: the candidate leaks nothing (property)', () => {
  it('holds on generated drafts', function () {
    // Each case analyses a draft, builds two documents and parses them again.
    this.timeout(180_000);
    fc.assert(noLeakProperty(), { numRuns: 300, examples: NO_LEAK_EXAMPLES });
  });

  it('the checker itself catches a leak, a lost word and a tag', () => {
    const draft = '# Sujet {C1}\n\n1. Question un {C1.1}\n\n   :::corrige\n   Réponse secrète\n   :::\n\n<!-- caché -->\n';
    assert.doesNotThrow(() => checkNoLeak(draft, '# Sujet\n\n1. Question un\n'));
    assert.throws(() => checkNoLeak(draft, '# Sujet\n\n1. Question un\n\nRéponse\n'), /answer key/);
    assert.throws(() => checkNoLeak(draft, '# Sujet\n\n1. Question\n'), /lost or added/);
    assert.throws(() => checkNoLeak(draft, '# Sujet {C1}\n\n1. Question un\n'), /tags left/);
    assert.throws(() => checkNoLeak(draft, '# Sujet\n\n1. Question un\n\n<!-- x -->\n'), /comment/);
  });
});
