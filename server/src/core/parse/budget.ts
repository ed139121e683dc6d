/**
 * The analysis budget of a draft, checked line by line before remark sees the
 * body. remark (micromark) is linear on ordinary prose but not on every shape:
 * measured on this project's machine, 1,000 list levels indented two more
 * spaces per line took 32 s, `- - - … x` 3,000 deep on one line overflows the
 * stack, 10,000 alternating `*_*_…` delimiters in one paragraph take over 40 s,
 * and remark-gfm is quadratic in a paragraph's length (4,000 lines: 5 s)
 * (the note robust.md has the table). The shapes that cost more than their size
 * are refused here: the body is parsed only up to the line that breaks the
 * budget, and the draft gets one `analyse-incomplete` diagnostic on that line.
 * A text over the size limit is not parsed at all.
 *
 * Pure and deterministic (counts, never clocks): the CLI and the server refuse
 * exactly the same drafts.
 */
import { grouped, type Localized } from '../i18n';
import type { Span } from '../text';

/** The limits of the budget. */
export interface BudgetLimits {
  /** Most container levels (lists, block quotes) on one line. */
  maxDepth: number;
  /**
   * Most container levels summed over every line of the body (each costs remark
   * about 40 µs of CPU). Generous: a 100,000-line subject nested two deep is 200,000.
   */
  maxNesting: number;
  /** Most inline delimiters (each `*` `_` `~` `[` `]` `<`) in one paragraph. */
  maxParagraphMarks: number;
  /** Most inline delimiters in the whole body (generous too: the size limit bounds the rest). */
  maxMarks: number;
  /** Longest paragraph (or line), in characters: remark-gfm is quadratic in it. */
  maxParagraphChars: number;
  /** Most `:::` containers open at once (remark-directive: 800 unclosed `:::corrige` lines took 4 s, 5,000 five minutes). */
  maxContainers: number;
  /** Largest text analysed, in UTF-8 bytes (`maxFileSize`). */
  maxBytes: number;
}

/**
 * The defaults. A real subject nests lists three or four deep and puts tens of
 * delimiters in a paragraph; at these limits the worst accepted shape of each
 * kind still parses within a second or two on a loaded two-core machine. The
 * size limit is `maxFileSize` (20 MB unless set): remark reads dense prose at
 * about 5 s of CPU per MB, and the bench's 100,000-line draft is 5.1 MB.
 */
export const DEFAULT_BUDGET: BudgetLimits = {
  maxDepth: 100,
  maxNesting: 1_000_000,
  maxParagraphMarks: 2_000,
  maxMarks: 1_000_000,
  maxParagraphChars: 100_000,
  maxContainers: 20,
  maxBytes: 20_000_000,
};

/** Why a draft was not fully analysed. */
export interface BudgetExceeded {
  /** Which limit. */
  limit: 'depth' | 'nesting' | 'paragraphMarks' | 'marks' | 'paragraphChars' | 'containers' | 'size';
  /** The body is analysed up to this offset (the start of the offending line). */
  cut: number;
  /** Where the diagnostic stands: the offending line (the first line for the size). */
  span: Span;
  messages: Localized;
}

/** Checks a body against the budget; undefined when it is within it. */
export function checkBudget(text: string, bodyStart: number, limits: BudgetLimits = DEFAULT_BUDGET): BudgetExceeded | undefined {
  if (text.length * 3 > limits.maxBytes) {
    const bytes = utf8Length(text);
    if (bytes > limits.maxBytes) return tooLarge(text, bytes, limits.maxBytes);
  }
  return scan(text, bodyStart, limits);
}

/** The finding for a text of `bytes` bytes over the limit, on the first line of `text`. */
export function tooLarge(text: string, bytes: number, limit: number): BudgetExceeded {
  let end = 0;
  while (end < text.length && end < 200 && text[end] !== '\n' && text[end] !== '\r') end++;
  return {
    limit: 'size', cut: 0, span: { start: 0, end },
    messages: {
      fr: `Analyse incomplète : fichier trop volumineux (${size(bytes, 'fr')}, limite ${size(limit, 'fr')}) ; le sujet n’est pas analysé (réglage rncp.maxFileSize, option --max-file-size).`,
      en: `Incomplete analysis: file too large (${size(bytes, 'en')}, limit ${size(limit, 'en')}); the subject is not analysed (setting rncp.maxFileSize, option --max-file-size).`,
    },
  };
}

/** A size for people: `25,3 Mo` / `25.3 MB`, `12 Ko`, `800 octets`. */
function size(bytes: number, lang: 'fr' | 'en'): string {
  const [unit, div] = bytes >= 1_000_000 ? [lang === 'fr' ? 'Mo' : 'MB', 1_000_000] : bytes >= 1_000 ? [lang === 'fr' ? 'Ko' : 'KB', 1_000] : [lang === 'fr' ? 'octets' : 'bytes', 1];
  const v = (bytes / div).toFixed(div === 1 || bytes / div >= 10 ? 0 : 1);
  return `${lang === 'fr' ? v.replace('.', ',') : v} ${unit}`;
}

/** Bytes of the UTF-8 encoding of a text (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const SPACE = 32;
const TAB = 9;

/** The deepest container nesting of a body, as the budget counts it (for reports and the fuzzer). */
export function deepestNesting(text: string, bodyStart = 0): number {
  const stats = { deepest: 0 };
  scan(text, bodyStart, { ...DEFAULT_BUDGET, maxDepth: Infinity, maxNesting: Infinity, maxParagraphMarks: Infinity, maxMarks: Infinity, maxParagraphChars: Infinity, maxContainers: Infinity }, stats);
  return stats.deepest;
}

/** The line scan: container depth per line, delimiters per paragraph and in all. */
function scan(text: string, bodyStart: number, limits: BudgetLimits, stats = { deepest: 0 }): BudgetExceeded | undefined {
  // Content columns of the list items open above the line (an approximation of
  // CommonMark's container stack: enough to count levels, not to parse).
  const items: number[] = [];
  let fence: { char: number; length: number } | undefined;
  let inTable = false;
  let previousHadPipe = false;
  // The colons of the `:::` containers open above the line, outermost first.
  const containers: number[] = [];
  let nesting = 0;
  let paragraphMarks = 0;
  let paragraphChars = 0;
  let marks = 0;
  let line = lineOf(text, bodyStart);
  let found: BudgetExceeded | undefined;
  let deepest = 0;
  for (let start = bodyStart; start < text.length || (start === text.length && start === bodyStart);) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end < text.length ? (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1) : text.length + 1;
    // Leading white space, in columns.
    let i = start;
    let col = 0;
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
      col = text.charCodeAt(i) === TAB ? col + 4 - (col % 4) : col + 1;
      i++;
    }
    if (i === end) {
      // A blank line ends a paragraph and a table; open list items stay open.
      paragraphMarks = 0;
      paragraphChars = 0;
      inTable = false;
      previousHadPipe = false;
    } else {
      while (items.length > 0 && col < items[items.length - 1]) items.pop();
      let depth = items.length;
      let opened = false;
      // Container markers: `>` and list markers, any number on one line, up to 3 spaces before each.
      for (;;) {
        let j = i;
        while (j < end && j - i < 3 && text.charCodeAt(j) === SPACE) j++;
        if (text.charCodeAt(j) === 62 /* > */) {
          col += j - i + 1;
          i = j + 1;
          if (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
            i++;
            col++;
          }
          depth++;
          continue;
        }
        if (fence || j >= end || !isListMarker(text, j, end)) break;
        const markerEnd = listMarkerEnd(text, j);
        col += markerEnd - i;
        i = markerEnd;
        let spaces = 0;
        while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) && spaces < 4) {
          i++;
          spaces++;
        }
        col += Math.max(1, spaces);
        depth++;
        items.push(col);
        opened = true;
      }
      deepest = Math.max(deepest, depth);
      stats.deepest = deepest;
      nesting += depth;
      if (!found && depth > limits.maxDepth) found = exceeded('depth', text, start, end, line, depth, limits);
      else if (!found && nesting > limits.maxNesting) found = exceeded('nesting', text, start, end, line, nesting, limits);
      if (found && found.limit !== 'depth') return found;
      if (!found) {
        // Fenced code: no delimiters count inside.
        const fenceChar = text.charCodeAt(i);
        let run = 0;
        while ((fenceChar === 96 || fenceChar === 126) && text.charCodeAt(i + run) === fenceChar) run++;
        if (fence) {
          if (fenceChar === fence.char && run >= fence.length) fence = undefined;
        } else if (run >= 3) {
          fence = { char: fenceChar, length: run };
          paragraphMarks = 0;
          paragraphChars = 0;
        } else if (text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) === 58 && text.charCodeAt(i + 2) === 58) {
          // A `:::` line: an opener nests (a name follows the colons), a bare one closes the
          // outermost container it can close and every one inside it (micromark-extension-directive).
          let colons = 3;
          while (text.charCodeAt(i + colons) === 58) colons++;
          if (/^[ \t]*$/.test(text.slice(i + colons, end))) {
            const k = containers.findIndex((c) => c <= colons);
            if (k !== -1) containers.length = k;
          } else {
            containers.push(colons);
            if (containers.length > limits.maxContainers) return exceeded('containers', text, start, end, line, containers.length, limits);
          }
          paragraphMarks = 0;
          paragraphChars = 0;
        } else {
          let hasPipe = false;
          for (let k = i; k < end && !hasPipe; k++) hasPipe = text.charCodeAt(k) === 124;
          if (hasPipe && previousHadPipe && /^[\s|:-]+$/.test(text.slice(i, end)) && text.slice(i, end).includes('-')) inTable = true;
          previousHadPipe = hasPipe;
          // A new block starts a new paragraph: a list item, a heading, a table row.
          if (opened || inTable || fenceChar === 35 /* # */) {
            paragraphMarks = 0;
            paragraphChars = 0;
          }
          const n = countMarks(text, i, end);
          paragraphMarks += n;
          paragraphChars += end - i;
          marks += n;
          if (paragraphChars > limits.maxParagraphChars) return exceeded('paragraphChars', text, start, end, line, paragraphChars, limits);
          if (paragraphMarks > limits.maxParagraphMarks) return exceeded('paragraphMarks', text, start, end, line, paragraphMarks, limits);
          if (marks > limits.maxMarks) return exceeded('marks', text, start, end, line, marks, limits);
        }
      }
    }
    if (next > text.length) break;
    start = next;
    line++;
  }
  if (found?.limit === 'depth') {
    // Said with the deepest level of the draft, so the author sees how far off it is.
    return exceeded('depth', text, found.cut, found.span.end, lineOf(text, found.cut), deepest, limits);
  }
  return found;
}

/** `-`, `*`, `+` or 1–9 digits and `.` / `)`, followed by white space or the end of the line. */
function isListMarker(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i || j >= end) return false;
  const d = text.charCodeAt(j);
  if (d !== 46 && d !== 41) return false;
  return j + 1 === end || text.charCodeAt(j + 1) === SPACE || text.charCodeAt(j + 1) === TAB;
}

function listMarkerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return i + 1;
  let j = i;
  while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  return j + 1;
}

/**
 * Inline delimiters of a line: each `*` `_` `~` `[` `]` `<`. Runs count each of their
 * characters: `____x____` is 4 nested emphases, and 8,000 on each side overflow the stack.
 */
function countMarks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93 || c === 60) n++;
  }
  return n;
}

/** 0-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function exceeded(limit: Exclude<BudgetExceeded['limit'], 'size'>, text: string, start: number, end: number, line: number, value: number, limits: BudgetLimits): BudgetExceeded {
  let s = start;
  while (s < end && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === TAB)) s++;
  let e = end;
  while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === TAB)) e--;
  const at = line + 1;
  const n = (v: number, lang: 'fr' | 'en') => grouped(v, lang === 'fr' ? '\u00a0' : ',');
  const why: Record<typeof limit, Localized> = {
    depth: {
      fr: `imbrication trop profonde (${n(value, 'fr')} niveaux de listes et de citations, limite ${n(limits.maxDepth, 'fr')}) à la ligne ${at}`,
      en: `nesting too deep (${n(value, 'en')} levels of lists and quotes, limit ${n(limits.maxDepth, 'en')}) at line ${at}`,
    },
    nesting: {
      fr: `trop de lignes imbriquées (${n(value, 'fr')} niveaux de listes et de citations cumulés, limite ${n(limits.maxNesting, 'fr')}) à la ligne ${at}`,
      en: `too many nested lines (${n(value, 'en')} levels of lists and quotes in all, limit ${n(limits.maxNesting, 'en')}) at line ${at}`,
    },
    paragraphMarks: {
      fr: `trop de marques de mise en forme dans un paragraphe (${n(value, 'fr')} * _ ~ [ ] <, limite ${n(limits.maxParagraphMarks, 'fr')}) à la ligne ${at}`,
      en: `too many formatting marks in one paragraph (${n(value, 'en')} * _ ~ [ ] <, limit ${n(limits.maxParagraphMarks, 'en')}) at line ${at}`,
    },
    paragraphChars: {
      fr: `paragraphe trop long (${n(value, 'fr')} caractères, limite ${n(limits.maxParagraphChars, 'fr')}) à la ligne ${at}`,
      en: `paragraph too long (${n(value, 'en')} characters, limit ${n(limits.maxParagraphChars, 'en')}) at line ${at}`,
    },
    containers: {
      fr: `trop de blocs ::: ouverts à la fois (${n(value, 'fr')}, limite ${n(limits.maxContainers, 'fr')}\u00a0: fermer chaque bloc par une ligne :::) à la ligne ${at}`,
      en: `too many ::: blocks open at once (${n(value, 'en')}, limit ${n(limits.maxContainers, 'en')}: close each block with a ::: line) at line ${at}`,
    },
    marks: {
      fr: `trop de marques de mise en forme (${n(value, 'fr')} * _ ~ [ ] <, limite ${n(limits.maxMarks, 'fr')}) à la ligne ${at}`,
      en: `too many formatting marks (${n(value, 'en')} * _ ~ [ ] <, limit ${n(limits.maxMarks, 'en')}) at line ${at}`,
    },
  };
  return {
    limit, cut: start, span: { start: s, end: e },
    messages: {
      fr: `Analyse incomplète : ${why[limit].fr} ; la suite du sujet n’est pas analysée.`,
      en: `Incomplete analysis: ${why[limit].en}; the rest of the subject is not analysed.`,
    },
  };
}
