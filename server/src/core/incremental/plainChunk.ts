/**
 * The blocks of the simplest chunks without remark: one paragraph of plain
 * prose, one ATX heading of plain text, one tight list of plain items, or one
 * closed fenced code block, each followed by nothing but blank lines. "Plain" means that no character could
 * start inline markup (escapes, code, emphasis, entities, HTML, links, tables,
 * strikethrough, GFM autolinks) and no line could start a block, so that remark
 * would give exactly one block holding one text node (or none, for code): its
 * findings follow from the source alone. Anything else answers `undefined`
 * and goes to remark, which stays the reference (the property tests compare
 * the two on generated chunks).
 */
import type { Block, TagFinding } from '../parse/blocks';
import { scanTags } from '../parse/tagSyntax';

/** Characters that may start inline markup or change how a line is read. */
const SPECIAL = /[\\`*_&<[\]~|#\u0000\ufeff]|www\.|:\/\/|@|mailto:|xmpp:/i;

/**
 * The blocks of `chunk` when it is one plain paragraph, heading or closed fence
 * followed only by blank lines; undefined otherwise. `last`: the chunk ends the
 * document (it may then end without a blank line).
 */
export function plainChunkBlocks(chunk: string, last: boolean): Block[] | undefined {
  const lines: Line[] = [];
  for (let pos = 0; pos < chunk.length;) {
    let eol = pos;
    while (eol < chunk.length && chunk.charCodeAt(eol) !== 10 && chunk.charCodeAt(eol) !== 13) eol++;
    lines.push({ start: pos, end: eol, blank: /^[ \t]*$/.test(chunk.slice(pos, eol)) });
    pos = chunk.charCodeAt(eol) === 13 && chunk.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  let k = lines.length - 1;
  while (k >= 0 && lines[k].blank) k--;
  // Unless it ends the document, the chunk ends with a blank line: what follows cannot touch it.
  if (k < 0 || lines[0].blank || (!last && (k === lines.length - 1 || !/[\r\n]$/.test(chunk)))) return undefined;
  const content = lines.slice(0, k + 1);
  const contentEnd = lines[k].end;
  const c0 = chunk.charCodeAt(0);
  if (c0 === 96 || c0 === 126) return fence(chunk, content);
  // A heading or a paragraph: no blank line inside, no trailing white space (hard breaks, positions).
  for (const l of content) {
    const c = chunk.charCodeAt(l.end - 1);
    if (l.blank || c === 32 || c === 9) return undefined;
  }
  const text = chunk.slice(0, contentEnd);
  if (c0 === 35) {
    const m = /^(#{1,6}) ([^ \t#\r\n][^#\r\n]*)$/.exec(text);
    if (!m || SPECIAL.test(m[2])) return undefined;
    const depth = m[1].length;
    const span = { start: 0, end: text.length };
    const tags: TagFinding[] = scanTags(m[2], depth + 1).map((t) => ({ ...t, heading: 0, scope: span }));
    return [{ span, findings: { type: 'heading', headings: [{ depth, text: m[2], span: { ...span } }], tags } }];
  }
  if (LIST_MARKER.test(text)) return list(chunk, content);
  for (const l of content) if (!isPlainStart(chunk.charCodeAt(l.start))) return undefined;
  if (SPECIAL.test(text)) return undefined;
  const span = { start: 0, end: text.length };
  const tags: TagFinding[] = scanTags(text, 0).map((t) => ({ ...t, heading: undefined, scope: span }));
  return [{ span, findings: { type: 'paragraph', headings: [], tags } }];
}

interface Line {
  start: number;
  end: number;
  blank: boolean;
}

/** A list item marker followed by one space (bullet, or ordered up to 9 digits). */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)]) /;

/**
 * One tight list of plain items: every line is an item (same kind of marker,
 * one space, plain text) or a continuation indented exactly to its item's
 * content. Each item is one paragraph holding one text node.
 */
function list(chunk: string, content: Line[]): Block[] | undefined {
  const first = LIST_MARKER.exec(chunk)![0];
  // Items of one list share the bullet, or the delimiter of ordered markers.
  const kind = first[first.length - 2];
  const items: { start: number; content: number; end: number }[] = [];
  let width = 0;
  for (const l of content) {
    const line = chunk.slice(l.start, l.end);
    const m = LIST_MARKER.exec(line);
    let at: number;
    if (m) {
      if (m[0][m[0].length - 2] !== kind) return undefined;
      width = m[0].length;
      at = width;
      items.push({ start: l.start, content: l.start + at, end: l.end });
    } else {
      // A continuation: exactly the item's indentation, then text.
      if (!/^ +$/.test(line.slice(0, width)) || line.charCodeAt(width) === 32) return undefined;
      at = width;
      items[items.length - 1].end = l.end;
    }
    if (!isPlainStart(line.charCodeAt(at)) || SPECIAL.test(line.slice(at))) return undefined;
  }
  const tags: TagFinding[] = [];
  for (const item of items) {
    const scope = { start: item.start, end: item.end };
    for (const t of scanTags(chunk.slice(item.content, item.end), item.content)) tags.push({ ...t, heading: undefined, scope });
  }
  return [{ span: { start: 0, end: content[content.length - 1].end }, findings: { type: 'list', headings: [], tags } }];
}

/** A fenced code block opened on the first line and closed on the last one (blank lines may stand inside). */
function fence(chunk: string, content: Line[]): Block[] | undefined {
  const open = /^(`{3,}|~{3,})(.*)$/.exec(chunk.slice(content[0].start, content[0].end));
  if (!open) return undefined;
  const ch = open[1][0];
  if (ch === '`' && open[2].includes('`')) return undefined;
  const closing = new RegExp(`^ {0,3}${ch === '`' ? '`' : '~'}{${open[1].length},}[ \\t]*$`);
  for (let i = 1; i < content.length; i++) {
    if (closing.test(chunk.slice(content[i].start, content[i].end))) {
      // The first closing fence ends the block: it must be the last line.
      if (i !== content.length - 1) return undefined;
      return [{ span: { start: 0, end: content[i].end }, findings: { type: 'code', headings: [], tags: [] } }];
    }
  }
  return undefined;
}

/** A line starting with this character can only be paragraph text (see parse/blockSplit). */
function isPlainStart(c: number): boolean {
  if (c >= 128) return c !== 0xfeff;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 32 && !(c >= 48 && c <= 57) && '>#`~<*+-_=[|\\&!'.indexOf(String.fromCharCode(c)) === -1;
}
