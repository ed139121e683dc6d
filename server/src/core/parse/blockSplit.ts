/**
 * Cuts a Markdown body into top-level chunks that parse the same alone as in
 * the whole document, so each chunk can be parsed (and cached) on its own.
 *
 * Pure and line-based: no Markdown parse. A cut is only made before a line that
 *   - starts at column 0 (no space, tab or BOM before it) and is not blank,
 *   - follows a blank line,
 * because after a blank line CommonMark has no lazy continuation, every block
 * quote is closed, and a non-indented line closes every list item and footnote
 * definition. What can still cross such a line is tracked: a top-level fenced
 * code block, an HTML block of types 1–5 (they end on their own end marker, not
 * on a blank line), a container directive (`:::corrige` … `:::`), and a list that goes on with a new item (we keep a list
 * whole, blank lines between items included).
 *
 * Knowing whether a fence or HTML block is top-level needs the container
 * structure (is that ``` line inside a list item? does that line lazily continue
 * a block quote?). Where one reading of the text cannot be decided from lines
 * alone, the scanner follows every possible reading at once (a small set of
 * states) and cuts only where all of them agree. Conservative: when unsure, merge.
 *
 * Link reference and footnote definitions are global in Markdown; they cannot
 * be handled by cutting and are handled by the caller (see incremental/blockCache).
 */

/** The top-level container a reading of the text is in. */
const enum Container {
  None,
  Quote,
  /** A list item; `w` is its content column. */
  Item,
  /** A GFM footnote definition (continuation lines are indented by 4). */
  Footnote,
}

/** The open top-level leaf block, when not in a container. */
const enum Leaf {
  None,
  /** A paragraph, a table, definitions: ends at a blank line. */
  Para,
  /** Indented code. */
  Indented,
  /** A fenced code block (`fenceChar`, `fenceLen`). */
  Fence,
  /** An HTML block; `html` is its type (1–7). */
  Html,
  /**
   * A container directive (`:::corrige`, FORMAT.md §9) opened at the top level
   * with `fenceLen` colons. Like a fence it ends only on its closing line (at most
   * three spaces, at least as many colons, nothing after), checked before anything
   * inside it, so what it holds does not matter; it can interrupt a paragraph.
   */
  Directive,
}

/** One reading of the text so far. */
interface State {
  container: Container;
  /** Content column of a list item (or 4 for a footnote definition). */
  w: number;
  /** A list item whose first line was empty and that holds nothing yet. */
  empty: boolean;
  leaf: Leaf;
  fenceChar: number;
  fenceLen: number;
  html: number;
  /** The last top-level block was a list: a marker after a blank line would continue it. */
  list: boolean;
}

const FRESH: State = { container: Container.None, w: 0, empty: false, leaf: Leaf.None, fenceChar: 0, fenceLen: 0, html: 0, list: false };
const PARA: State = { ...FRESH, leaf: Leaf.Para };

/** Whether `text[from, to)` holds only spaces and tabs. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/**
 * Whether a line starting with this character (at column 0) can only be
 * paragraph text: not a space, a container or block marker, a digit (ordered
 * list) or `[` (footnote definition).
 */
function isPlainStart(c: number): boolean {
  if (c >= 128) return true;
  // a-z, A-Z
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  // ! " $ % & ' ( ) , . / ; ? @ \ ] ^ { | } and the like (not `:`, which may open a container directive)
  return c > 32 && !(c >= 48 && c <= 57) && '>#`~<*+-_=[:'.indexOf(String.fromCharCode(c)) === -1;
}

/** More readings than this and we stop cutting (never seen outside adversarial input). */
const MAX_STATES = 64;

/** What a line is, computed once and shared by every reading. */
interface Line {
  blank: boolean;
  /** Column of the first non-blank character (tabs to multiples of 4). */
  ind: number;
  /** The line from its first non-blank character. */
  rest: string;
  /** The whole line (for HTML end markers). */
  text: string;
}

const TAB = 9;
const SPACE = 32;
const BACKTICK = 96;
const TILDE = 126;

function readLine(text: string): Line {
  let col = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) col++;
    else if (c === TAB) col += 4 - (col % 4);
    else break;
  }
  return { blank: i === text.length, ind: col, rest: text.slice(i), text };
}

/**
 * Splits `text[start, end)` (a Markdown body) into chunks; returns the start
 * offset of each chunk (the first is `start`). Chunk `i` runs to the start of
 * chunk `i + 1`, the last one to `end`.
 */
export function splitBlocks(text: string, start = 0, end = text.length): number[] {
  const starts = [start];
  let states: State[] = [FRESH];
  let prevBlank = false;
  let giveUp = false;
  let pos = start;
  // Without carriage returns, line ends are found by the (much faster) native search.
  const lf = text.indexOf('\r', start) === -1;
  while (pos < end) {
    let eol = pos;
    if (lf) {
      eol = text.indexOf('\n', pos);
      if (eol === -1 || eol > end) eol = end;
    } else {
      while (eol < end) {
        const c = text.charCodeAt(eol);
        if (c === 10 || c === 13) break;
        eol++;
      }
    }
    let next = eol;
    if (next < end) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 && next + 1 < end ? 2 : 1;
    // Fast paths for the common lines when the reading is certain: they change
    // nothing but what the general path would give them, without allocating.
    if (states.length === 1) {
      const s = states[0];
      const c = text.charCodeAt(pos);
      if (s.container === Container.None && s.leaf <= Leaf.Indented && isBlank(text, pos, eol)) {
        // A blank line ends a paragraph; indented code goes on over it.
        if (s.leaf === Leaf.Para) states = [FRESH];
        prevBlank = true;
        pos = next;
        continue;
      }
      if (s.container === Container.None && s.leaf <= Leaf.Indented && pos < eol && isPlainStart(c)) {
        // Prose at column 0 (starts with a letter…): a paragraph, and a cut after a blank line.
        if (!giveUp && prevBlank && pos > start && c !== 0xfeff) starts.push(pos);
        states = [PARA];
        prevBlank = false;
        pos = next;
        continue;
      }
      if ((s.container === Container.Item && !s.empty) || (s.container === Container.None && s.leaf === Leaf.Fence)) {
        let col = 0;
        let i = pos;
        for (; i < eol; i++) {
          const d = text.charCodeAt(i);
          if (d === SPACE) col++;
          else if (d === TAB) col += 4 - (col % 4);
          else break;
        }
        const blank = i === eol;
        // A line of the item (indented enough), or a line of the fence that cannot close it.
        const unchanged = s.container === Container.Item ? blank || col >= s.w : blank || col > 3 || text.charCodeAt(i) !== s.fenceChar;
        if (unchanged) {
          prevBlank = blank;
          pos = next;
          continue;
        }
      }
    }
    const line = readLine(text.slice(pos, eol));
    if (!giveUp && prevBlank && pos > start && !line.blank && line.ind === 0 && text.charCodeAt(pos) !== 0xfeff) {
      if (states.every((s) => canCutBefore(s, line))) {
        starts.push(pos);
        states = [FRESH];
      }
    }
    states = step(states, line);
    if (states.length > MAX_STATES) {
      giveUp = true;
      states = [FRESH];
    }
    prevBlank = line.blank;
    pos = next;
  }
  return starts;
}

/** Whether a reading lets a chunk start at `line` (non-blank, column 0, after a blank line). */
function canCutBefore(s: State, line: Line): boolean {
  if (s.container === Container.None && (s.leaf === Leaf.Fence || s.leaf === Leaf.Directive || (s.leaf === Leaf.Html && s.html <= 5))) return false;
  if ((s.list || s.container === Container.Item) && listMarker(line.rest) !== undefined) return false;
  // After indented code, micromark reads the next construct as if it interrupted
  // a paragraph, blank lines between or not, even inside a container opened on
  // that line (`2.` or `> - 2)` become text): cut only before plain text.
  if (s.container === Container.None && s.leaf === Leaf.Indented && !isPlainStart(line.rest.charCodeAt(0))) return false;
  return true;
}

/** Advances every reading over one line, deduplicated. */
function step(states: State[], line: Line): State[] {
  if (states.length === 1) {
    const only = advance(states[0], line);
    if (only.length === 1) return only;
  }
  const out: State[] = [];
  const seen = new Set<string>();
  for (const s of states) {
    for (const n of advance(s, line)) {
      const k = `${n.container},${n.w},${n.empty ? 1 : 0},${n.leaf},${n.fenceChar},${n.fenceLen},${n.html},${n.list ? 1 : 0}`;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(n);
      }
    }
  }
  return out;
}

/** The readings after one line, from one reading. */
function advance(s: State, line: Line): State[] {
  switch (s.container) {
    case Container.None:
      return top(s, line);
    case Container.Quote:
      if (line.blank) return [{ ...s, container: Container.None, leaf: Leaf.None }];
      if (line.ind <= 3 && line.rest.charCodeAt(0) === 62 /* > */) return [s];
      return leaveContainer(s, line, true);
    case Container.Item:
    case Container.Footnote:
      if (line.blank) {
        // An item may start with one blank line only: a second one ends it.
        if (s.empty) return [{ ...s, container: Container.None, leaf: Leaf.None, empty: false }];
        return [s];
      }
      if (line.ind >= s.w) return [s.empty ? { ...s, empty: false } : s];
      return leaveContainer(s, line, !s.empty);
  }
}

/**
 * A non-blank line that the container does not claim by its markers or
 * indentation: it closes the container, unless it lazily continues a paragraph
 * inside it — which depends on what is open inside, so both are followed when
 * the line could be a lazy one.
 */
function leaveContainer(s: State, line: Line, mayBeLazy: boolean): State[] {
  const closed = top({ ...FRESH, list: s.container === Container.Item || s.list }, line);
  return mayBeLazy && couldContinueParagraph(line) ? [s, ...closed] : closed;
}

/** Whether a line could be paragraph continuation text (false only when it surely starts a block). */
function couldContinueParagraph(line: Line): boolean {
  if (line.ind >= 4) return true;
  const r = line.rest;
  if (r.charCodeAt(0) === 62 /* > */) return false;
  if (fenceOpen(r)) return false;
  if (directiveOpen(r)?.sure) return false;
  if (isAtx(r)) return false;
  if (isThematic(r)) return false;
  const h = htmlStart(r);
  if (h !== undefined && h.type <= 6) return false;
  const m = listMarker(r);
  if (m && !m.empty && (!m.ordered || m.one)) return false;
  return true;
}

/** A top-level line (no container open, or the container just closed). */
function top(s: State, line: Line): State[] {
  switch (s.leaf) {
    case Leaf.Fence:
      return [fenceClose(line, s) ? { ...s, leaf: Leaf.None, fenceChar: 0, fenceLen: 0 } : s];
    case Leaf.Directive:
      return [directiveClose(line, s.fenceLen) ? { ...s, leaf: Leaf.None, fenceLen: 0 } : s];
    case Leaf.Html:
      if (s.html <= 5) return [htmlEnds(s.html, line.text, 0) ? { ...s, leaf: Leaf.None, html: 0 } : s];
      return [line.blank ? { ...s, leaf: Leaf.None, html: 0 } : s];
  }
  if (line.blank) return [s.leaf === Leaf.Para ? { ...s, leaf: Leaf.None } : s];
  const para = s.leaf === Leaf.Para;
  if (line.ind >= 4) {
    // Indented text continues a paragraph; a table might end there and start code instead.
    if (para) return [s, { ...s, leaf: Leaf.Indented, list: false }];
    return [{ ...s, leaf: Leaf.Indented, list: false }];
  }
  const r = line.rest;
  const block = (leaf: Leaf, extra: Partial<State> = {}): State => ({ ...FRESH, leaf, ...extra });
  if (r.charCodeAt(0) === 62 /* > */) return [{ ...FRESH, container: Container.Quote }];
  const fence = fenceOpen(r);
  if (fence) return [block(Leaf.Fence, { fenceChar: fence.char, fenceLen: fence.len })];
  const directive = directiveOpen(r);
  if (directive) {
    const open = block(Leaf.Directive, { fenceLen: directive.colons });
    return directive.sure ? [open] : [open, para ? s : block(Leaf.Para)];
  }
  if (isAtx(r)) return [block(Leaf.None)];
  if (para && /^(?:=+|-+)[ \t]*$/.test(r)) {
    // A setext underline — unless the paragraph was only definitions: follow both.
    return [block(Leaf.None), s];
  }
  if (isThematic(r)) return [block(Leaf.None)];
  const html = htmlStart(r);
  if (html && html.type <= 6) {
    if (html.type === 6) return [block(Leaf.Html, { html: 6 })];
    const ends = htmlEnds(html.type, r, html.after);
    return [ends ? block(Leaf.None) : block(Leaf.Html, { html: html.type })];
  }
  if (html && html.type === 7 && !para) {
    return html.sure ? [block(Leaf.Html, { html: 7 })] : [block(Leaf.Html, { html: 7 }), block(Leaf.Para)];
  }
  const m = listMarker(r);
  // After indented code too, micromark lets only a non-empty bullet or a `1.` start a list (see canCutBefore).
  if (m && !((para || s.leaf === Leaf.Indented) && (m.empty || (m.ordered && !m.one)))) {
    return [{ ...FRESH, container: Container.Item, w: line.ind + m.width(line), empty: m.empty, list: true }];
  }
  if (/^\[\^[^\]]*\]:/.test(r)) {
    const fn: State = { ...FRESH, container: Container.Footnote, w: 4 };
    return para ? [s, fn] : [fn];
  }
  return [para ? s : block(Leaf.Para)];
}

/** A fence opener: 3+ backticks (no backtick after) or tildes. */
function fenceOpen(r: string): { char: number; len: number } | undefined {
  const c = r.charCodeAt(0);
  if (c !== BACKTICK && c !== TILDE) return undefined;
  let n = 1;
  while (r.charCodeAt(n) === c) n++;
  if (n < 3) return undefined;
  if (c === BACKTICK && r.indexOf('`', n) !== -1) return undefined;
  return { char: c, len: n };
}

/** Whether a line closes the open fence. */
function fenceClose(line: Line, s: State): boolean {
  if (line.blank || line.ind > 3) return false;
  const r = line.rest;
  let n = 0;
  while (r.charCodeAt(n) === s.fenceChar) n++;
  return n >= s.fenceLen && /^[ \t]*$/.test(r.slice(n));
}

/** Colons, then the name as micromark-extension-directive's factoryName consumes it (no punctuation, symbol or white space but `-` and `_`). */
const DIRECTIVE_NAME = /^(:{3,})([^\p{P}\p{S}\s](?:[^\p{P}\p{S}\s]|[-_])*)/u;

/**
 * Whether a line may open a container directive: undefined when it surely does
 * not, else its colons and whether it surely does (a bare name), as the construct
 * reads it: a name, then a label `[…]`, attributes
 * `{…}` (either may fail and make the line text: both readings are followed),
 * or blanks to the end of the line.
 */
function directiveOpen(r: string): { colons: number; sure: boolean } | undefined {
  if (r.charCodeAt(0) !== 58 || r.charCodeAt(1) !== 58 || r.charCodeAt(2) !== 58) return undefined;
  const m = DIRECTIVE_NAME.exec(r);
  if (!m) return undefined;
  const after = r.slice(m[0].length);
  // A name ending in `-` or `_` is refused by factoryName's code, yet micromark 4 reads `:::x_` as a
  // container (the check looks at the previous code of the whole line): follow both readings.
  if (/[-_]$/.test(m[2])) return { colons: m[1].length, sure: false };
  if (/^[ \t]*$/.test(after)) return { colons: m[1].length, sure: true };
  const c = after.charCodeAt(0);
  return c === 91 /* [ */ || c === 123 /* { */ ? { colons: m[1].length, sure: false } : undefined;
}

/** Whether a line closes a top-level container directive opened with `len` colons. */
function directiveClose(line: Line, len: number): boolean {
  if (line.blank || line.ind > 3) return false;
  const r = line.rest;
  let n = 0;
  while (r.charCodeAt(n) === 58) n++;
  return n >= len && /^[ \t]*$/.test(r.slice(n));
}

function isAtx(r: string): boolean {
  return /^#{1,6}(?:[ \t]|$)/.test(r);
}

function isThematic(r: string): boolean {
  return /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(r);
}

interface Marker {
  ordered: boolean;
  /** An ordered marker numbered 1 (the only one that may interrupt a paragraph). */
  one: boolean;
  /** Nothing after the marker. */
  empty: boolean;
  /** Width from the marker's column to the item's content column. */
  width: (line: Line) => number;
}

/** A list item marker at the start of `r`, unless the line is a thematic break. */
function listMarker(r: string): Marker | undefined {
  const m = /^(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)/.exec(r);
  if (!m || isThematic(r)) return undefined;
  const after = r.slice(m[0].length);
  const empty = /^[ \t]*$/.test(after);
  return {
    ordered: m[1] !== undefined,
    one: m[1] !== undefined && Number(m[1]) === 1,
    empty,
    width: (line) => {
      const markerEnd = line.ind + m[0].length;
      if (empty) return m[0].length + 1;
      let col = markerEnd;
      for (let i = 0; i < after.length; i++) {
        const c = after.charCodeAt(i);
        if (c === SPACE) col++;
        else if (c === TAB) col += 4 - (col % 4);
        else break;
      }
      const spaces = col - markerEnd;
      // Five or more spaces: the content is indented code one column after the marker.
      return m[0].length + (spaces >= 5 ? 1 : spaces);
    },
  };
}

const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu',
  'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

const COMPLETE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/**
 * The HTML block a line would start (CommonMark types 1–7), and where its end
 * marker may be searched on that same line. `sure` is false for type 7 when the
 * line only looks like a complete tag.
 */
function htmlStart(r: string): { type: number; after: number; sure: boolean } | undefined {
  if (r.charCodeAt(0) !== 60 /* < */) return undefined;
  if (r.startsWith('<!--')) return { type: 2, after: 2, sure: true };
  if (r.startsWith('<?')) return { type: 3, after: 1, sure: true };
  if (r.startsWith('<![CDATA[')) return { type: 5, after: 9, sure: true };
  if (/^<![A-Za-z]/.test(r)) return { type: 4, after: 2, sure: true };
  const name = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(r);
  if (!name) return undefined;
  const lower = name[2].toLowerCase();
  const follow = r.slice(name[0].length);
  if (!name[1] && /^(?:script|pre|style|textarea)$/.test(lower) && /^(?:[ \t>]|$)/.test(follow)) return { type: 1, after: 1, sure: true };
  if (BLOCK_NAMES.has(lower) && /^(?:[ \t>]|\/>|$)/.test(follow)) return { type: 6, after: 0, sure: true };
  if (COMPLETE_TAG.test(r) && !/^<(?:script|pre|style|textarea)[ \t>/]/i.test(r)) return { type: 7, after: 0, sure: true };
  // Looks like a tag but our pattern says no: follow both readings.
  if (/>[ \t]*$/.test(r)) return { type: 7, after: 0, sure: false };
  return undefined;
}

/** Whether `s` (from index `from`) holds the end marker of an HTML block of type 1–5. */
function htmlEnds(type: number, s: string, from: number): boolean {
  switch (type) {
    case 1: return /<\/(?:script|pre|style|textarea)>/i.test(from ? s.slice(from) : s);
    case 2: return s.indexOf('-->', from) !== -1;
    case 3: return s.indexOf('?>', from) !== -1;
    case 4: return s.indexOf('>', from) !== -1;
    case 5: return s.indexOf(']]>', from) !== -1;
    default: return false;
  }
}
