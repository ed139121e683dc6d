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
 * body is parsed at once — unless it holds `CHUNKED_FROM_LISTS` lists or more,
 * on which one parse is quadratic —; else the block cache reads it. Nothing is kept for a
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

/**
 * From this many chunks holding a list, a document is never parsed whole:
 * micromark 4 is quadratic in the number of lists of one document (measured:
 * 4,000 short lists, 95 KB, 12.9 s whole, 72 ms through the block cache, which
 * parses each chunk apart). The bench's 10,000-line drafts hold 150 to 220.
 */
export const CHUNKED_FROM_LISTS = 400;

/** A line that starts a list item (up to three spaces before its marker). */
const LIST_LINE = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]/m;

/** What the one-shot parser reads of a body: the share remark would get from the block cache, and the chunks holding a list. */
export function chunkCosts(text: string, bodyStart = 0): { share: number; lists: number } {
  const size = text.length - bodyStart;
  if (size <= 0) return { share: 0, lists: 0 };
  const starts = splitBlocks(text, bodyStart);
  let parsed = 0;
  let lists = 0;
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunk = text.slice(starts[i], end);
    if (LIST_LINE.test(chunk)) lists++;
    if (!mayHoldFindings(chunk)) continue;
    if (plainChunkBlocks(chunk, i + 1 === starts.length)) continue;
    parsed += chunk.length;
  }
  return { share: parsed / size, lists };
}

/** The share of the body of `text` (from `bodyStart`) in chunks the block cache would give to remark. */
export function remarkShare(text: string, bodyStart = 0): number {
  return chunkCosts(text, bodyStart).share;
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
    const costs = chunkCosts(text, bodyStart);
    if (costs.share >= WHOLE_FROM && costs.lists < CHUNKED_FROM_LISTS) {
      this.stats.whole++;
      return parseBlocks(text, bodyStart);
    }
    this.stats.blocks++;
    return this.cache.parse(text, bodyStart);
  };
}
