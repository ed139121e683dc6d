/**
 * The parser an adapter hands to the analysis, by incremental mode: the block
 * cache, the whole-document parse, or both compared (a debug mode that proves,
 * draft by draft, that the cache gives what remark gives on the whole body).
 */
import type { BlockParser } from '../draft';
import { type Block, parseBlocks } from '../parse/blocks';
import type { IncrementalMode } from '../settings';
import { type BlockCache, UNPARSED } from './blockCache';

/** Where the cache's blocks first differ from the whole-document parse. */
export interface BlockDifference {
  /** Document offset of the first block that differs. */
  offset: number;
  /** Its line, from 1. */
  line: number;
  /** That block as the whole-document parse gives it (`type [start, end)`), or `none`. */
  whole: string;
  /** What the cache gives there, or `none`. */
  incremental: string;
}

/**
 * The first difference between the cache's blocks and the whole-document blocks,
 * if any. A chunk the cache did not parse (`unparsed`) may stand for whole blocks
 * that hold no heading, no tag and no placeholder; every other block must be the
 * same, findings included.
 */
export function firstDifference(text: string, incremental: Block[], whole: Block[]): BlockDifference | undefined {
  const key = (b: Block) => JSON.stringify(b);
  const parsed = new Map<string, Block>();
  const skipped: Block[] = [];
  for (const b of incremental) {
    if (b.findings.type === UNPARSED) skipped.push(b);
    else parsed.set(key(b), b);
  }
  const wholeKeys = new Set(whole.map(key));
  let first: { at: number; whole?: Block; incremental?: Block } | undefined;
  const differs = (at: number, w?: Block, i?: Block) => {
    if (!first || at < first.at) first = { at, whole: w, incremental: i };
  };
  for (const w of whole) {
    if (parsed.has(key(w))) continue;
    const holdsFindings = w.findings.headings.length > 0 || w.findings.tags.length > 0 || (w.findings.placeholders?.length ?? 0) > 0
      || (w.findings.marks?.length ?? 0) > 0 || (w.findings.containers?.length ?? 0) > 0 || (w.findings.comments?.length ?? 0) > 0;
    const cover = skipped.find((s) => s.span.start <= w.span.start && w.span.end <= s.span.end);
    if (cover && !holdsFindings) continue;
    differs(w.span.start, w, cover ?? incremental.find((b) => b.span.start <= w.span.start && w.span.start < b.span.end));
  }
  for (const b of parsed.values()) {
    if (!wholeKeys.has(key(b))) differs(b.span.start, whole.find((w) => w.span.start <= b.span.start && b.span.start < w.span.end), b);
  }
  if (!first) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < first.at; i = text.indexOf('\n', i + 1)) line++;
  const show = (b?: Block) =>
    b ? `${b.findings.type} [${b.span.start}, ${b.span.end}) ${b.findings.headings.length} heading(s) ${b.findings.tags.length} tag(s)` : 'none';
  return { offset: first.at, line, whole: show(first.whole), incremental: show(first.incremental) };
}

/**
 * The block parser for a mode: `on` the cache's, `off` the whole-document parse,
 * `check` both, reporting the first difference to `onDifference` and giving the
 * whole-document blocks.
 */
export function blockParser(mode: IncrementalMode, cache: BlockCache, onDifference?: (d: BlockDifference) => void): BlockParser {
  if (mode === 'off') return parseBlocks;
  if (mode === 'on') return cache.parse;
  return (text, bodyStart) => {
    const whole = parseBlocks(text, bodyStart);
    const d = firstDifference(text, cache.blocks(text, bodyStart), whole);
    if (d) onDifference?.(d);
    return whole;
  };
}
