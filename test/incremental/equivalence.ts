/**
 * The one check of the incremental-parser tests: a text analysed through a
 * BlockCache gives what the whole-document parse gives.
 */
import * as assert from 'node:assert/strict';
import type { DraftAnalysis } from '../../server/src/core/analyze';
import { BlockCache, UNPARSED } from '../../server/src/core/incremental/blockCache';
import { parseBlocks } from '../../server/src/core/parse/blocks';
import { splitFrontMatter } from '../../server/src/core/parse/frontMatter';
import { analyze } from '../helpers/core';

const FILE = '/drafts/sujet.cas.md';

/** What an author sees of an analysis. */
export function visible(a: DraftAnalysis) {
  return {
    diagnostics: a.diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message, data: d.data })),
    coverage: a.coverage,
    sections: a.model.sections,
    tags: a.model.tags,
    placeholders: a.model.placeholders,
    marks: a.model.marks,
    containers: a.model.containers,
    comments: a.model.comments,
    bareme: a.bareme,
    questions: a.questions,
    isDraft: a.model.isDraft,
  };
}

/**
 * Checks one text against a cache (which may hold chunks of earlier texts) and a
 * cache that parses every chunk (`all`): the analysis is the whole-document one,
 * and `all` gives the very blocks of the whole-body parse.
 */
export function same(text: string, cache = new BlockCache(), all = new BlockCache({ skipPlain: false })): void {
  const whole = analyze(text, FILE);
  const incremental = analyze(text, FILE, { parse: cache.parse });
  assert.deepEqual(visible(incremental), visible(whole));
  const bodyStart = splitFrontMatter(text).bodyStart;
  // The whole-document analysis read its blocks with parseBlocks (none for a non-draft).
  const blocks = whole.model.isDraft ? whole.model.blocks : parseBlocks(text, bodyStart);
  assert.deepEqual(all.blocks(text, bodyStart), blocks);
  // With skipping: parsed blocks are whole-parse blocks; the rest hold no findings.
  const kept = new Set(incremental.model.blocks.filter((b) => b.findings.type !== UNPARSED).map((b) => JSON.stringify(b)));
  for (const b of blocks) {
    const f = b.findings;
    if (f.headings.length > 0 || f.tags.length > 0 || f.placeholders || f.marks || f.containers || f.comments) assert.ok(kept.has(JSON.stringify(b)), `missing block ${JSON.stringify(b)}`);
  }
}

/** A body as a draft (a front matter in front). */
export function asDraft(body: string): string {
  return `---\nmodalite: M1\n---\n${body}`;
}
