/**
 * The parser for drafts read once (`rncp check`, the server's index of drafts
 * the editor has not opened): per document, whichever of the whole-document
 * parse and the block cache its text says is cheaper. Both give the same
 * sections and tags (the block cache is property-tested against the whole
 * parse); only their cost differs, and it differs by the document:
 *
 * - the block cache skips chunks that can hold no tag and no heading and reads
 *   the plainest ones without remark, but gives every other chunk to remark on
 *   its own, after the definitions it may use: on prose with inline markup in
 *   most paragraphs (bold, links, footnote calls) that costs more than one
 *   parse of the whole text;
 * - the whole-document parse costs one remark parse, whatever the text.
 *
 * So the chunks that would go to remark are counted first (a line scan, about
 * 1 % of a parse): when they hold at least `WHOLE_FROM` of the body, the whole
 * body is parsed at once; else the block cache reads it. Nothing is kept for a
 * document parsed whole, so a process that indexes many drafts keeps results,
 * not chunks.
 */
import type { BlockParser } from '../draft';
import { parseBlocks } from '../parse/blocks';
import { splitBlocks } from '../parse/blockSplit';
import { BlockCache, mayHoldFindings } from './blockCache';
import { plainChunkBlocks } from './plainChunk';

/**
 * The share of a body in chunks that remark must parse from which one parse of
 * the whole body is cheaper. Measured on the bench's drafts (`npm run bench`):
 * the block cache costs about twice remark's time per character it gives to
 * remark (each chunk parsed apart, definitions put in front of those that may
 * use them), so the two meet near one half. Drafts of plain prose give remark
 * under 1 % of their body, drafts with inline markup in most paragraphs 45 to 80 %.
 */
export const WHOLE_FROM = 0.5;

/** The share of the body of `text` (from `bodyStart`) in chunks the block cache would give to remark. */
export function remarkShare(text: string, bodyStart = 0): number {
  const size = text.length - bodyStart;
  if (size <= 0) return 0;
  const starts = splitBlocks(text, bodyStart);
  let parsed = 0;
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunk = text.slice(starts[i], end);
    if (!mayHoldFindings(chunk)) continue;
    if (plainChunkBlocks(chunk, i + 1 === starts.length)) continue;
    parsed += chunk.length;
  }
  return parsed / size;
}

/** What a one-shot parser did, for the bench and tests. */
export interface OneShotStats {
  /** Documents parsed whole. */
  whole: number;
  /** Documents read through the block cache. */
  blocks: number;
}

/** A parser for drafts read once; `cache` serves the documents it reads chunk by chunk. */
export class OneShotParser {
  /** Counts of the choices made so far. */
  readonly stats: OneShotStats = { whole: 0, blocks: 0 };

  constructor(private readonly cache: BlockCache = new BlockCache({ maxEntries: 5_000, maxChars: 4_000_000 })) {}

  /** The parser to hand to `analyzeDraft` / `readDraft`. */
  readonly parse: BlockParser = (text, bodyStart) => {
    if (remarkShare(text, bodyStart) >= WHOLE_FROM) {
      this.stats.whole++;
      return parseBlocks(text, bodyStart);
    }
    this.stats.blocks++;
    return this.cache.parse(text, bodyStart);
  };
}
