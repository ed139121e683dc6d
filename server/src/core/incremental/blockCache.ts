/**
 * Incremental block parsing: a draft's body is cut into chunks at safe
 * boundaries (parse/blockSplit), and each chunk's blocks are kept, keyed by the
 * chunk's text, so that an edit re-parses only the chunks it touched. Chunks in
 * which neither a tag nor a heading can stand are not parsed at all.
 *
 * The blocks given out are those a whole-body parse gives (same spans, types and
 * findings), except that an unparsed chunk is one block of type `unparsed`.
 * Findings hold offsets relative to their block, so a cached chunk can be reused
 * wherever it moves in the document.
 *
 * Use one cache per process (or per worker) for all documents; pass
 * `cache.parse` as `AnalyzeOptions.parse`.
 */
import type { BlockParser } from '../draft';
import { type Block, type BlockFindings, NESTED_DEFINITION, parseBlocks, parseChunk } from '../parse/blocks';
import { splitBlocks } from '../parse/blockSplit';
import { mayHoldMark } from '../parse/marks';
import { mayHoldPlaceholder } from '../parse/placeholder';
import { plainChunkBlocks } from './plainChunk';

/** The `findings.type` of a chunk the cache did not parse (no tag or heading can stand in it). */
export const UNPARSED = 'unparsed';

/** Bounds and behaviour of a cache. */
export interface BlockCacheOptions {
  /** Most chunks kept (least recently used go first). Default 50,000. */
  maxEntries?: number;
  /** Most characters of chunk text kept. Default 32 million (about 64 MB of keys). */
  maxChars?: number;
  /** Whether chunks that cannot hold a tag or heading skip the parse (default true; false is for tests). */
  skipPlain?: boolean;
}

/** What the last call did, for the bench and logs. */
export interface BlockCacheStats {
  chunks: number;
  /** Chunks parsed by remark in this call. */
  parsed: number;
  /** Chunks read without remark in this call (a plain paragraph, heading or fence; see plainChunk). */
  plain: number;
  /** Chunks found in the cache. */
  reused: number;
  /** Chunks that needed no parse. */
  skipped: number;
  /** Characters given to remark in this call. */
  parsedChars: number;
}

/** What is kept for one chunk text. */
interface Entry {
  /** Blocks with spans relative to the chunk. */
  blocks: Block[];
  /** Definitions the chunk makes (only for chunks holding `]:`). */
  definitions: string[];
  size: number;
}

/** A line that may underline a setext heading (inside quotes or list items too). */
const SETEXT = /^[ \t>]*(?:=+|-+)[ \t]*$/;

/**
 * Whether a tag, a heading, a placeholder, a mark or a container may stand in a chunk
 * (a mark needs `(` and a digit, a container `:::`): a tag needs a
 * brace, a heading `#` or a setext underline (a line of `=` or `-`, after container
 * markers), a placeholder its closing `diger]`, an HTML comment `<!--`. A plain scan: this runs on every chunk at every keystroke.
 */
export function mayHoldFindings(chunk: string): boolean {
  if (chunk.indexOf('{') !== -1 || chunk.indexOf('#') !== -1 || chunk.indexOf('<!--') !== -1 || mayHoldPlaceholder(chunk)) return true;
  if (chunk.indexOf(':::') !== -1 || (chunk.indexOf('(') !== -1 && mayHoldMark(chunk))) return true;
  let lineStart = 0;
  for (let i = 0; i <= chunk.length; i++) {
    const c = i < chunk.length ? chunk.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    // Only lines whose last non-blank character is `=` or `-` are worth the pattern.
    let j = i - 1;
    while (j >= lineStart && (chunk.charCodeAt(j) === 32 || chunk.charCodeAt(j) === 9)) j--;
    if (j >= lineStart && (chunk.charCodeAt(j) === 61 || chunk.charCodeAt(j) === 45) && SETEXT.test(chunk.slice(lineStart, i))) return true;
    lineStart = i + 1;
  }
  return false;
}

/** Keeps the analysis of chunks of Markdown by their text. */
export class BlockCache {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly skipPlain: boolean;
  /** What the last call did. */
  last: BlockCacheStats = { chunks: 0, parsed: 0, plain: 0, reused: 0, skipped: 0, parsedChars: 0 };

  constructor(options: BlockCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 50_000;
    this.maxChars = options.maxChars ?? 32_000_000;
    this.skipPlain = options.skipPlain ?? true;
  }

  /** The parser to hand to `analyzeDraft` / `readDraft`. */
  readonly parse: BlockParser = (text, bodyStart) => this.blocks(text, bodyStart);

  /** Number of chunks kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  /** The blocks of the body of `text` starting at `bodyStart`, with document offsets. */
  blocks(text: string, bodyStart = 0): Block[] {
    const stats: BlockCacheStats = { chunks: 0, parsed: 0, plain: 0, reused: 0, skipped: 0, parsedChars: 0 };
    const starts = splitBlocks(text, bodyStart);
    const chunks = starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length));
    stats.chunks = chunks.length;

    // Reference links and footnote calls resolve against definitions anywhere in
    // the document. A chunk that may use one is parsed after the definitions it
    // may use (see DefinitionIndex), set apart by a blank line, where they cannot
    // change the chunk.
    let definitions: DefinitionIndex | undefined;
    if (text.indexOf(']:', bodyStart) !== -1) {
      const lines: string[] = [];
      for (let i = 0; i < chunks.length; i++) {
        if (chunks[i].includes(']:')) lines.push(...this.entry(chunks[i], '', nextLine(text, starts[i + 1]), stats).definitions);
      }
      if (lines.includes(NESTED_DEFINITION)) {
        stats.parsed = 1;
        stats.parsedChars = text.length - bodyStart;
        this.last = stats;
        return parseBlocks(text, bodyStart);
      }
      if (lines.length > 0) definitions = new DefinitionIndex(lines);
    }

    const out: Block[] = [];
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      const at = starts[i];
      if (this.skipPlain && !mayHoldFindings(chunk)) {
        stats.skipped++;
        out.push({ span: { start: at, end: at + chunk.length }, findings: { type: UNPARSED, headings: [], tags: [] } });
        continue;
      }
      const prefix = definitions && chunk.includes('[') ? definitions.prefixFor(chunk) : '';
      const entry = this.entry(chunk, prefix, nextLine(text, starts[i + 1]), stats);
      for (const b of entry.blocks) out.push({ span: { start: at + b.span.start, end: at + b.span.end }, findings: b.findings });
    }
    this.last = stats;
    return out;
  }

  /**
   * The entry of a chunk, from the cache or parsed now, as it stands in its
   * document: after `prefix` (definitions) and before `next`, the first line of
   * the next chunk ('' at the end of the document). The chunk's blocks never
   * reach into that line, but it decides how the chunk's last block ends:
   * whether a list item left open keeps its trailing blank lines depends on
   * whether the next line opens a container (`>`, a list item, a footnote) or not.
   */
  private entry(chunk: string, prefix: string, next: string, stats: BlockCacheStats): Entry {
    // Most chunks are followed by an ordinary line and need no definitions: their
    // text alone is the key (building a longer key would copy every chunk, every time).
    // Other keys start with U+0001 and carry the lengths of their parts: no two can be confused.
    const key = next === 'x' && !prefix && chunk.charCodeAt(0) !== 1 ? chunk : `\u0001${next.length}:${prefix.length}:${next}${prefix}${chunk}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so eviction takes the oldest first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      stats.reused++;
      return hit;
    }
    // The simplest chunks (a plain paragraph, heading or fence) need no parse at all.
    const plain = prefix ? undefined : plainChunkBlocks(chunk, next === '');
    if (plain) stats.plain++;
    else stats.parsed++;
    const src = prefix + chunk + next;
    if (!plain) stats.parsedChars += src.length;
    const parsed = plain ? { blocks: plain, definitions: [] } : parseChunk(src, prefix.length, prefix.length + chunk.length, chunk.includes(']:'));
    for (const b of parsed.blocks) detachFindings(b.findings);
    const entry: Entry = { blocks: parsed.blocks, definitions: parsed.definitions.map(detach), size: key.length };
    this.entries.set(detach(key), entry);
    this.chars += entry.size;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.chars -= this.entries.get(oldest.value)!.size;
      this.entries.delete(oldest.value);
    }
    return entry;
  }
}

/**
 * A label folded so that two labels Markdown matches always fold alike, and so
 * that folding commutes with concatenation: micromark matches labels by their
 * source text with white space runs folded to one space, trimmed, and case
 * folded (`toLowerCase().toUpperCase()`), NUL read as U+FFFD; a label spanning
 * lines in a block quote loses the `>` prefixes. Dropping every space, tab,
 * line end and `>` (rather than folding them) can only merge more labels, never
 * separate two that match, and makes the folded chunk hold the folded label of
 * any reference in it between a `[` and a `]`.
 */
function foldLabel(s: string): string {
  return s.replace(/[\t\n\r >]+/g, '').replace(/\0/g, '\ufffd').toLowerCase().toUpperCase();
}

/**
 * The definitions of a document, by folded label, so that a chunk is parsed
 * after only the definitions it may use, not all of them: with every chunk
 * holding `[` parsed after every definition, a draft with hundreds of
 * footnotes took a time quadratic in their number.
 */
class DefinitionIndex {
  /** Definition lines (`[label]: x`, `[^label]: x`) by folded label (`^label` for footnotes). */
  private readonly byKey = new Map<string, string[]>();
  private readonly all: string[];
  private readonly longest: number;

  constructor(lines: string[]) {
    this.all = [...new Set(lines)];
    let longest = 0;
    for (const line of this.all) {
      // `[label]: x`: the label is what lies between the first `[` and the last `]`.
      const key = foldLabel(line.slice(1, line.length - 4));
      const same = this.byKey.get(key);
      if (same) same.push(line);
      else this.byKey.set(key, [line]);
      longest = Math.max(longest, key.length);
    }
    this.longest = longest;
  }

  /**
   * The text to put before a chunk: the definitions whose label may be referenced
   * in it (any `[…]` of the folded chunk that is a folded label; more is harmless,
   * less would change the parse), then a paragraph that closes them.
   */
  prefixFor(chunk: string): string {
    const folded = foldLabel(chunk);
    const found = new Set<string>();
    // Bounded work: past this many candidates (adversarial brackets), take them all.
    let budget = 8 * folded.length + 1000;
    for (let i = folded.indexOf('['); i !== -1 && found.size < this.all.length; i = folded.indexOf('[', i + 1)) {
      for (let j = folded.indexOf(']', i + 1); j !== -1 && j - i - 1 <= this.longest; j = folded.indexOf(']', j + 1)) {
        if (--budget < 0) return this.text(this.all);
        const lines = this.byKey.get(folded.slice(i + 1, j));
        if (lines) for (const l of lines) found.add(l);
      }
    }
    if (found.size === 0) return '';
    // In document order, so that the prefix (part of the cache key) depends on the chunk and the set only.
    return this.text(found.size === this.all.length ? this.all : this.all.filter((l) => found.has(l)));
  }

  /** The paragraph after them closes a footnote definition, which would take an indented first line;
   *  blank lines between them: a definition cannot interrupt a footnote's paragraph. */
  private text(lines: string[]): string {
    return `${lines.join('\n\n')}\n\nx\n\n`;
  }
}

/**
 * What a chunk needs to know of the line after it (the first line of the next
 * chunk, at column 0): '' at the end of the document; the line itself when it may
 * open a container (`>`, a list marker, `[^note]:`); else `x`, since any other
 * line closes the chunk the same way — so editing the next paragraph does not
 * re-parse this chunk.
 *
 * The line must not define anything for the chunk: alone it may read as a
 * definition (`[x]: /u`, `> [x]: /u`) where in the document it is not one (the
 * header row of a table, `[x]: /u` then `|---|`), and a reference in the chunk
 * would resolve through the cache only. So a line starting with `[` that does
 * not open a footnote is `x` (it opens no container), and elsewhere in the line
 * `[` becomes `(`, which opens no container either.
 */
function nextLine(text: string, start: number | undefined): string {
  if (start === undefined) return '';
  const c = text.charCodeAt(start);
  // > - + * [ and digits
  if (!(c === 62 || c === 45 || c === 43 || c === 42 || c === 91 || (c >= 48 && c <= 57))) return 'x';
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  const line = text.slice(start, end);
  if (line.indexOf('[', 1) === -1 && c !== 91) return line;
  if (c !== 91) return line.replace(/\[/g, '(');
  // A footnote definition opens a container, and is one in the document too (containers come first).
  const footnote = /^\[\^[^\]\s]+\]:/.exec(line);
  return footnote ? footnote[0] + line.slice(footnote[0].length).replace(/\[/g, '(') : 'x';
}

/**
 * A copy of a string that does not point into the string it was cut from.
 * Slices of a document keep the whole document alive in V8; a cache that kept
 * them would hold every version of every document it ever saw.
 */
function detach(s: string): string {
  return s.length < 16 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

function detachFindings(f: BlockFindings): void {
  for (const h of f.headings) h.text = detach(h.text);
  for (const t of f.tags) t.content = detach(t.content);
}
