/**
 * The tag grammar of FORMAT.md §3, on raw source text: `{C3}`, `{C3.2}`,
 * `{C1-C5}`, `{C1–C5}`, `{C3, C4.1}`, `{C3 C4.1}`. Pure string work; the caller
 * decides which pieces of source are prose.
 */
import { canonicalId } from '../ids';
import type { Span } from '../text';

/** A code as written: a competency `C3` or a criterion `C3.2`. */
export interface CodeRef {
  /** The code in its canonical form (`C3.2`, also for `c03.2` as written; see ids.ts). */
  id: string;
  competence: number;
  /** The criterion rank, for a criterion. */
  critere?: number;
  span: Span;
}

/** One item of a tag: a single code or a range. */
export type TagItem =
  | { kind: 'code'; code: CodeRef; span: Span }
  | { kind: 'range'; from: CodeRef; to: CodeRef; span: Span };

/** A pair of braces that starts like a tag. */
export interface TagSyntax {
  /** The braces and what they hold. */
  span: Span;
  /** The items, when the content follows the grammar. */
  items: TagItem[];
  /** True when the braces start like a tag but do not follow the grammar (or never close). */
  malformed: boolean;
  /** The text between the braces. */
  content: string;
}

const CODE = /[Cc](\d+)(?:\.(\d+))?/y;
const WS = /[ \t]+/y;

/** Finds the tags in a piece of prose source that starts at document offset `base`. */
export function scanTags(src: string, base = 0): TagSyntax[] {
  const found: TagSyntax[] = [];
  let i = src.indexOf('{');
  while (i !== -1) {
    const next = () => src.indexOf('{', i + 1);
    if (!startsLikeTag(src, i) || isEscaped(src, i)) {
      i = next();
      continue;
    }
    const close = findClose(src, i + 1);
    if (close === -1) {
      // Never closed: the tag runs to the end of the line or to the next brace.
      let end = i + 1;
      while (end < src.length && src[end] !== '\n' && src[end] !== '\r' && src[end] !== '{') end++;
      while (end > i + 1 && (src[end - 1] === ' ' || src[end - 1] === '\t')) end--;
      found.push({ span: { start: base + i, end: base + end }, items: [], malformed: true, content: src.slice(i + 1, end) });
      i = src.indexOf('{', end);
      continue;
    }
    const content = src.slice(i + 1, close);
    const items = parseContent(content, base + i + 1);
    found.push({ span: { start: base + i, end: base + close + 1 }, items: items ?? [], malformed: items === undefined, content });
    i = src.indexOf('{', close + 1);
  }
  return found;
}

/** Whether a brace opens something that looks like a tag: `C` then a digit. */
function startsLikeTag(src: string, i: number): boolean {
  const c = src[i + 1];
  const d = src.charCodeAt(i + 2);
  return (c === 'C' || c === 'c') && d >= 48 && d <= 57;
}

function isEscaped(src: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && src[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** The closing brace on the same line, or -1. */
function findClose(src: string, from: number): number {
  for (let j = from; j < src.length; j++) {
    const c = src[j];
    if (c === '}') return j;
    if (c === '\n' || c === '\r' || c === '{') return -1;
  }
  return -1;
}

/** Parses `C3, C4.1 C1-C5`; undefined when it does not follow the grammar. */
function parseContent(content: string, base: number): TagItem[] | undefined {
  const items: TagItem[] = [];
  let pos = 0;
  const skipWs = () => {
    WS.lastIndex = pos;
    if (WS.test(content)) pos = WS.lastIndex;
  };
  const code = (): CodeRef | undefined => {
    CODE.lastIndex = pos;
    const m = CODE.exec(content);
    if (!m) return undefined;
    const start = pos;
    pos = CODE.lastIndex;
    // A code must end at a separator, a dash or the end: `C3x` is not a code.
    if (pos < content.length && !/[\s,\-–]/.test(content[pos])) return undefined;
    return {
      id: canonicalId(m[0]),
      competence: Number(m[1]),
      critere: m[2] === undefined ? undefined : Number(m[2]),
      span: { start: base + start, end: base + pos },
    };
  };
  for (;;) {
    const from = code();
    if (!from) return undefined;
    const save = pos;
    skipWs();
    if (content[pos] === '-' || content[pos] === '–') {
      pos++;
      skipWs();
      const to = code();
      if (!to) return undefined;
      items.push({ kind: 'range', from, to, span: { start: from.span.start, end: to.span.end } });
    } else {
      pos = save;
      items.push({ kind: 'code', code: from, span: from.span });
    }
    // Separator: commas and/or spaces, then another item; trailing spaces are fine.
    const afterItem = pos;
    skipWs();
    if (pos === content.length) return items;
    if (content[pos] === ',') {
      pos++;
      skipWs();
      if (pos === content.length) return undefined;
    } else if (pos === afterItem) {
      return undefined;
    }
  }
}
