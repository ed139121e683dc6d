/**
 * String surgery on a draft's source (FORMAT.md §10): cuts at the model's
 * exact offsets (tags, containers, HTML comments), line by line, so that
 * everything else of the text stays as written. No Markdown is parsed here.
 */
import type { DraftModel } from '../draft';
import type { Span } from '../text';

/** A piece of the source to remove; `space`: put one space instead (it stood between two words). */
export interface Cut extends Span {
  space?: boolean;
}

/** One line of the source: `[start, end)` without its line break. */
export interface SourceLine {
  start: number;
  end: number;
}

/** The lines of `text` in `[from, to)` (`from` at a line start). */
export function linesOf(text: string, from: number, to: number): SourceLine[] {
  const out: SourceLine[] = [];
  let pos = from;
  while (pos < to) {
    let eol = pos;
    while (eol < to && text[eol] !== '\n' && text[eol] !== '\r') eol++;
    out.push({ start: pos, end: eol });
    if (eol >= to) break;
    pos = text[eol] === '\r' && text[eol + 1] === '\n' ? eol + 2 : eol + 1;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

/** What may follow a cut that takes the spaces before it along (`texte {C3}.` → `texte.`). */
const CLOSING = /[\s.,;:!?)\]}»*_~|]/;

/**
 * The cut of a tag or comment. When it starts its line: with the spaces after
 * it (the line keeps its indentation). When the end of the line, a space or a
 * closing mark follows it: with the spaces before it. Otherwise the spaces
 * before it stay, and one space takes its place when it stood glued between
 * two words (`mot{C3}suite` → `mot suite`).
 */
export function inlineCut(text: string, span: Span): Cut {
  let s = span.start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  const startsLine = s === 0 || text[s - 1] === '\n' || text[s - 1] === '\r';
  if (startsLine) {
    let e = span.end;
    while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
    // Nothing after it on the line: the whole line goes (see stripLines).
    return { start: span.start, end: e };
  }
  const next = text[span.end];
  if (next === undefined || CLOSING.test(next)) return { start: s, end: span.end };
  if (s === span.start && WORD.test(text[s - 1] ?? '') && WORD.test(next)) return { start: s, end: span.end, space: true };
  return { start: span.start, end: span.end };
}

/** The cuts that make the candidate's subject from the body: tags, containers and comments. */
export function candidateCuts(model: DraftModel): Cut[] {
  const cuts: Cut[] = [];
  for (const c of model.containers) cuts.push({ start: c.span.start, end: c.span.end });
  for (const t of model.tags) if (t.container === undefined) cuts.push(inlineCut(model.text, t.span));
  for (const c of model.comments) cuts.push(inlineCut(model.text, c));
  return mergeCuts(cuts);
}

/** Sorted, without overlaps (an outer cut swallows what it holds). */
export function mergeCuts(cuts: Cut[]): Cut[] {
  const sorted = [...cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cut[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) out[out.length - 1] = { start: last.start, end: c.end };
    } else out.push({ ...c });
  }
  return out;
}

/** What a line is once cut: nothing an author wrote but markup (`#`, `>`, list bullets, emphasis). */
const LEFT_EMPTY = /^[\s>*_~#+-]*$/;

/**
 * The lines after cutting: each source line's new text, or null when it goes
 * (wholly cut, or left empty by the cuts). A run of removed lines between two
 * blank lines takes one of them along, so no blank line is doubled.
 */
export function stripLines(text: string, lines: SourceLine[], cuts: Cut[]): (string | null)[] {
  const out: (string | null)[] = [];
  let k = 0;
  for (const line of lines) {
    // A cut touches a line when it overlaps it (an empty line: when it spans its position).
    const hi = line.end > line.start ? line.end : line.start + 1;
    while (k < cuts.length && cuts[k].end <= line.start) k++;
    let result = '';
    let pos = line.start;
    let touched = false;
    for (let j = k; j < cuts.length && cuts[j].start < hi; j++) {
      const c = cuts[j];
      touched = true;
      const s = Math.max(c.start, line.start);
      const e = Math.min(c.end, line.end);
      if (s > pos) result += text.slice(pos, s);
      if (c.space) result += ' ';
      pos = Math.max(pos, e);
    }
    if (!touched) {
      out.push(text.slice(line.start, line.end));
      continue;
    }
    result += text.slice(pos, line.end);
    // The line ends with the spaces its author wrote, no more: spaces left before a removed tag
    // at its end would make a hard line break (two trailing spaces) the draft did not have.
    const trailing = /[ \t]*$/.exec(text.slice(line.start, line.end))![0];
    result = result.replace(/[ \t]+$/, '') + trailing;
    out.push(LEFT_EMPTY.test(result) && !result.includes('|') ? null : result);
  }
  // A removed run between blank lines (or at the start) keeps one blank line, not two.
  const blank = (s: string | null) => s !== null && s.trim() === '';
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== null) continue;
    const before = i === 0 || blank(out[i - 1]);
    let j = i;
    for (;;) {
      while (j < out.length && out[j] === null) j++;
      if (!before || j >= out.length || !blank(out[j])) break;
      // The blank line after the run goes; what follows it may be removed too (two containers in a row).
      out[j] = null;
    }
    i = j;
  }
  return out;
}

/** The common indentation of the non-blank lines, removed. */
export function dedent(lines: string[]): string[] {
  let min = Infinity;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const m = /^[ \t]*/.exec(l)![0].replace(/\t/g, '    ').length;
    min = Math.min(min, m);
  }
  if (!Number.isFinite(min) || min === 0) return lines.map((l) => (l.trim() === '' ? '' : l));
  return lines.map((l) => (l.trim() === '' ? '' : removeColumns(l, min)));
}

function removeColumns(line: string, n: number): string {
  let col = 0;
  let i = 0;
  while (i < line.length && col < n && (line[i] === ' ' || line[i] === '\t')) {
    col += line[i] === '\t' ? 4 - (col % 4) : 1;
    i++;
  }
  return ' '.repeat(Math.max(0, col - n)) + line.slice(i);
}

/**
 * The last guard of the cut text: what the parser now reads as a tag, a
 * container or a comment there gets a backslash before it (`\{C3}`,
 * `\:::corrige`, `\<!--`), so it shows as written and stays no tag. It happens
 * when a cut changed how what follows reads: the paragraph that ended a list
 * removed, an indented code block after it now continues the list's item.
 */
export function disarm(markdown: string, parse: (text: string) => { tags: Span[]; containers: Span[]; comments: Span[] }): string {
  let text = markdown;
  for (let pass = 0; pass < 4; pass++) {
    const found = parse(text);
    const at = [...found.tags.map((s) => s.start), ...found.containers.map((s) => s.start), ...found.comments.map((s) => s.start)];
    if (at.length === 0) return text;
    for (const p of [...new Set(at)].sort((a, b) => b - a)) text = `${text.slice(0, p)}\\${text.slice(p)}`;
  }
  return text;
}
