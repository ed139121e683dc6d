/**
 * The blocks of the simplest chunks without remark. A chunk qualifies when it
 * is a closed fenced code block, or a run of groups of lines separated by
 * blank lines where each group is an ATX heading, a paragraph, a list (tight
 * items, one paragraph each; groups of the same kind of list join into one
 * loose list) or a GFM table — all of "plain" text, ending with blank lines.
 *
 * "Plain" means that no character could start inline markup (escapes, code,
 * emphasis, entities, HTML, links, strikethrough, GFM autolinks) and no line
 * could start another block, so that remark would give exactly these blocks,
 * each paragraph or table cell holding one text node: the findings follow from
 * the source alone. Anything else answers `undefined` and goes to remark,
 * which stays the reference (property tests compare the two on generated
 * chunks, in every context that may follow them).
 */
import type { Block, BlockFindings, MarkFinding, TagFinding } from '../parse/blocks';
import { scanMarks } from '../parse/marks';
import type { Span } from '../text';
import { scanTags } from '../parse/tagSyntax';

/** Characters that may start inline markup or change how a line is read. */
const SPECIAL = /[\\`*_&<[\]~|#\u0000\ufeff]|www\.|:\/\/|@|mailto:|xmpp:|:::/i;

/** A list item marker followed by one space (bullet, or ordered up to 9 digits). */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)]) /;

/** A GFM table delimiter row with leading and trailing pipes. */
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+$/;

interface Line {
  start: number;
  end: number;
  blank: boolean;
}

/**
 * The blocks of `chunk` when it is made only of plain blocks (see above);
 * undefined otherwise. `last`: the chunk ends the document (it may then end
 * without a blank line).
 */
export function plainChunkBlocks(chunk: string, last: boolean): Block[] | undefined {
  const lines: Line[] = [];
  for (let pos = 0; pos < chunk.length;) {
    let eol = pos;
    let blank = true;
    for (; eol < chunk.length; eol++) {
      const c = chunk.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9) blank = false;
    }
    lines.push({ start: pos, end: eol, blank });
    pos = chunk.charCodeAt(eol) === 13 && chunk.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  let k = lines.length - 1;
  while (k >= 0 && lines[k].blank) k--;
  // Unless it ends the document, the chunk ends with a blank line: what follows cannot touch it.
  if (k < 0 || lines[0].blank || (!last && (k === lines.length - 1 || !/[\r\n]$/.test(chunk)))) return undefined;
  const content = lines.slice(0, k + 1);
  const c0 = chunk.charCodeAt(0);
  if (c0 === 96 || c0 === 126) return fence(chunk, content);

  // Groups of non-blank lines. No trailing white space anywhere: it would make hard breaks or move ends.
  const groups: Line[][] = [];
  let previousBlank = true;
  for (const l of content) {
    if (l.blank) {
      previousBlank = true;
      continue;
    }
    const c = chunk.charCodeAt(l.end - 1);
    if (c === 32 || c === 9) return undefined;
    if (previousBlank) groups.push([]);
    groups[groups.length - 1].push(l);
    previousBlank = false;
  }
  const blocks: Block[] = [];
  let openList: { kind: string; block: Block } | undefined;
  for (const g of groups) {
    const first = chunk.slice(g[0].start, g[0].end);
    const marker = LIST_MARKER.exec(first);
    if (marker) {
      const kind = marker[0][marker[0].length - 2];
      const items = listItems(chunk, g, kind, openList && openList.kind === kind ? openList.block.span.start : g[0].start);
      if (!items) return undefined;
      if (openList && openList.kind === kind) {
        // Same kind of list after blank lines: the same (loose) list goes on.
        openList.block.span.end = g[g.length - 1].end;
        openList.block.findings.tags.push(...items.tags);
        if (items.marks.length > 0) (openList.block.findings.marks ??= []).push(...items.marks);
      } else {
        const findings = withMarks({ type: 'list', headings: [], tags: items.tags }, items.marks);
        openList = { kind, block: { span: { start: g[0].start, end: g[g.length - 1].end }, findings } };
        blocks.push(openList.block);
      }
      continue;
    }
    openList = undefined;
    const block = first.charCodeAt(0) === 35 ? heading(chunk, g) : first.charCodeAt(0) === 124 ? table(chunk, g) : paragraph(chunk, g);
    if (!block) return undefined;
    blocks.push(block);
  }
  return blocks;
}

/** An ATX heading: one line, `#`s, one space, plain text (no closing sequence). */
function heading(chunk: string, g: Line[]): Block | undefined {
  if (g.length !== 1) return undefined;
  const m = /^(#{1,6}) ([^ \t#][^#]*)$/.exec(chunk.slice(g[0].start, g[0].end));
  if (!m || SPECIAL.test(m[2])) return undefined;
  const depth = m[1].length;
  const span = { start: g[0].start, end: g[0].end };
  const tags: TagFinding[] = scanTags(m[2], depth + 1).map((t) => ({ ...t, heading: 0, scope: relative(span) }));
  const marks: MarkFinding[] = scanMarks(m[2], depth + 1).map((k) => ({ ...k, heading: 0, scope: relative(span) }));
  return { span, findings: withMarks({ type: 'heading', headings: [{ depth, text: m[2], span: relative(span) }], tags }, marks) };
}

/** A paragraph: lines that can only be text. */
function paragraph(chunk: string, g: Line[]): Block | undefined {
  for (const [i, l] of g.entries()) if (!isPlainStart(chunk.slice(l.start, l.end), 0, i > 0)) return undefined;
  const start = g[0].start;
  const end = g[g.length - 1].end;
  const text = chunk.slice(start, end);
  if (SPECIAL.test(text)) return undefined;
  const span = { start, end };
  const tags: TagFinding[] = scanTags(text, 0).map((t) => ({ ...t, heading: undefined, scope: relative(span) }));
  const marks: MarkFinding[] = scanMarks(text, 0).map((k) => ({ ...k, heading: undefined, scope: relative(span) }));
  return { span, findings: withMarks({ type: 'paragraph', headings: [], tags }, marks) };
}

/**
 * The tags of a group of tight list items: every line is an item (same kind
 * of marker, one space, plain text) or a continuation indented exactly to its
 * item's content. Spans relative to `origin`, where the list starts.
 */
function listItems(chunk: string, g: Line[], kind: string, origin: number): { tags: TagFinding[]; marks: MarkFinding[] } | undefined {
  const items: { start: number; content: number; end: number }[] = [];
  let width = 0;
  for (const l of g) {
    const line = chunk.slice(l.start, l.end);
    const m = LIST_MARKER.exec(line);
    if (m) {
      if (m[0][m[0].length - 2] !== kind) return undefined;
      width = m[0].length;
      items.push({ start: l.start, content: l.start + width, end: l.end });
    } else if (!/^ +$/.test(line.slice(0, width)) || line.charCodeAt(width) === 32) {
      // A continuation has exactly the item's indentation, then text.
      return undefined;
    } else {
      items[items.length - 1].end = l.end;
    }
    if (!isPlainStart(line, width, !m) || SPECIAL.test(line.slice(width))) return undefined;
  }
  const tags: TagFinding[] = [];
  const marks: MarkFinding[] = [];
  for (const item of items) {
    const scope = { start: item.start - origin, end: item.end - origin };
    const src = chunk.slice(item.content, item.end);
    for (const t of scanTags(src, item.content - origin)) tags.push({ ...t, heading: undefined, scope });
    for (const k of scanMarks(src, item.content - origin)) marks.push({ ...k, heading: undefined, scope });
  }
  return { tags, marks };
}

/**
 * A GFM table: every line starts and ends with a pipe, the second is a
 * delimiter row with as many cells as the first, cells hold plain text (no
 * escaped pipes, no code). A row covers its line; a cell's text, its trimmed content.
 */
function table(chunk: string, g: Line[]): Block | undefined {
  if (g.length < 2) return undefined;
  const rows = g.map((l) => chunk.slice(l.start, l.end));
  for (const r of rows) if (r.length < 2 || r.charCodeAt(0) !== 124 || r.charCodeAt(r.length - 1) !== 124) return undefined;
  if (!DELIMITER_ROW.test(rows[1])) return undefined;
  const cellsOf = (r: string) => r.slice(1, -1).split('|');
  if (cellsOf(rows[0]).length !== cellsOf(rows[1]).length) return undefined;
  const tags: TagFinding[] = [];
  const marks: MarkFinding[] = [];
  const origin = g[0].start;
  for (let i = 0; i < rows.length; i++) {
    if (i === 1) continue;
    const scope = { start: g[i].start - origin, end: g[i].end - origin };
    let at = g[i].start - origin + 1;
    for (const cell of cellsOf(rows[i])) {
      if (SPECIAL.test(cell)) return undefined;
      // Markdown trims spaces and tabs only (a no-break space is text).
      const lead = /^[ \t]*/.exec(cell)![0].length;
      const text = cell.slice(lead).replace(/[ \t]+$/, '');
      if (text) for (const t of scanTags(text, at + lead)) tags.push({ ...t, heading: undefined, scope });
      if (text) for (const k of scanMarks(text, at + lead)) marks.push({ ...k, heading: undefined, scope });
      at += cell.length + 1;
    }
  }
  return { span: { start: g[0].start, end: g[g.length - 1].end }, findings: withMarks({ type: 'table', headings: [], tags }, marks) };
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

/** Findings with their marks, set only when there are some (as remark's path does). */
function withMarks(findings: BlockFindings, marks: MarkFinding[]): BlockFindings {
  if (marks.length > 0) findings.marks = marks;
  return findings;
}

/** Findings are relative to their block; blocks here start where their first line does. */
function relative(span: Span): Span {
  return { start: 0, end: span.end - span.start };
}

/**
 * Whether a line (or an item's content) starting at `at` can only be paragraph
 * text: a letter or harmless punctuation, or digits that do not make an
 * ordered list marker (`82 %` is text, `4.` is not) — except on a line that
 * continues a paragraph, where only a list numbered 1 may interrupt it.
 */
function isPlainStart(line: string, at = 0, continuation = false): boolean {
  const c = line.charCodeAt(at);
  if (c >= 48 && c <= 57) {
    const m = /^(\d{1,9})[.)](?:[ \t]|$)/.exec(line.slice(at));
    return !m || (continuation && Number(m[1]) !== 1);
  }
  if (c >= 128) return c !== 0xfeff;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 32 && '>#`~<*+-_=[|\\&!'.indexOf(String.fromCharCode(c)) === -1;
}
