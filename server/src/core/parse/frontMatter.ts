/**
 * The YAML front matter of a draft: where it is, what it says, and its errors
 * mapped to document offsets. Never throws.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Span } from '../text';

/** A front matter value with where it stands in the document. */
export interface FrontMatterValue {
  /** The value as written, trimmed. */
  value: string;
  span: Span;
}

/** A YAML error, positioned in the document. */
export interface FrontMatterError {
  span: Span;
  message: string;
  /** True when the block has no closing `---`. */
  unclosed?: boolean;
}

/** What the front matter of a draft holds. */
export interface FrontMatter {
  /** The whole block, fences included. */
  span: Span;
  /** The YAML text between the fences. */
  content: Span;
  /** The parsed mapping, when the YAML is valid and a mapping. */
  data?: Record<string, unknown>;
  modalite?: FrontMatterValue;
  referentiel?: FrontMatterValue;
  errors: FrontMatterError[];
}

/** Where the Markdown body starts and the front matter, when there is one. */
export interface FrontMatterSplit {
  frontMatter?: FrontMatter;
  /** Offset of the first character of the body (after the front matter and a BOM). */
  bodyStart: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;
const KEY_LINE = /^(modalite|referentiel)[ \t]*:[ \t]*(.*?)[ \t]*(#.*)?$/i;

/** Finds and parses the front matter at the top of a text. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEndAt(text, bom);
  if (!FENCE.test(text.slice(bom, firstEnd))) return { bodyStart: bom };
  const contentStart = nextLineStart(text, firstEnd);
  let pos = contentStart;
  while (pos < text.length) {
    const end = lineEndAt(text, pos);
    if (CLOSE.test(text.slice(pos, end))) {
      const bodyStart = nextLineStart(text, end);
      return { frontMatter: parseFrontMatter(text, { start: bom, end }, { start: contentStart, end: pos }), bodyStart };
    }
    pos = nextLineStart(text, end);
    if (pos === end) break;
  }
  // No closing fence: Markdown reads a thematic break; we still report it to the author.
  const content = { start: contentStart, end: text.length };
  const fm: FrontMatter = {
    span: { start: bom, end: firstEnd },
    content,
    errors: [{ span: { start: bom, end: firstEnd }, message: 'unclosed', unclosed: true }],
  };
  fallbackKeys(text, content, fm, /^\s*$/);
  return { frontMatter: fm, bodyStart: bom };
}

function parseFrontMatter(text: string, span: Span, content: Span): FrontMatter {
  const fm: FrontMatter = { span, content, errors: [] };
  const yamlText = text.slice(content.start, content.end);
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    const start = content.start + Math.min(e.pos[0], yamlText.length);
    let end = content.start + Math.min(Math.max(e.pos[1], e.pos[0]), yamlText.length);
    // A one-character error position reads better as the word it stands on.
    if (end - start <= 1) {
      const word = /^[^\s:,\[\]{}]+/.exec(text.slice(start, Math.min(lineEndAt(text, start), content.end)));
      end = start + Math.max(word?.[0].length ?? 0, end - start);
    }
    fm.errors.push({ span: { start, end }, message: e.message.split('\n')[0] });
  }
  if (fm.errors.length > 0) {
    fallbackKeys(text, content, fm);
    return fm;
  }
  if (doc.contents === null) return fm;
  if (!isMap(doc.contents)) {
    const r = doc.contents.range ?? [0, yamlText.length];
    fm.errors.push({ span: { start: content.start + r[0], end: content.start + r[1] }, message: 'not-a-mapping' });
    return fm;
  }
  fm.data = doc.toJS() as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value).toLowerCase();
    if (key !== 'modalite' && key !== 'referentiel') continue;
    const v = pair.value;
    const r = isScalar(v) && v.range ? v.range : isScalar(pair.key) && pair.key.range ? pair.key.range : undefined;
    const value = isScalar(v) && v.value !== null ? String(v.value).trim() : '';
    const valueSpan = r ? { start: content.start + r[0], end: content.start + r[1] } : content;
    fm[key] = { value, span: valueSpan };
  }
  return fm;
}

/** Reads `modalite:` / `referentiel:` lines when the YAML itself cannot be read. */
function fallbackKeys(text: string, content: Span, fm: FrontMatter, stopAt?: RegExp): void {
  let pos = content.start;
  while (pos < content.end) {
    const end = Math.min(lineEndAt(text, pos), content.end);
    const line = text.slice(pos, end);
    if (stopAt?.test(line)) break;
    const m = KEY_LINE.exec(line);
    if (m) {
      const key = m[1].toLowerCase() as 'modalite' | 'referentiel';
      const raw = m[2].replace(/^["']|["']$/g, '');
      const at = pos + line.indexOf(m[2], line.indexOf(':') + 1) + (m[2].length - m[2].replace(/^["']/, '').length);
      if (!fm[key]) fm[key] = { value: raw.trim(), span: { start: at, end: at + raw.length } };
    }
    const next = nextLineStart(text, end);
    if (next <= pos) break;
    pos = next;
  }
}

/** Offset of the end of the line holding `pos` (before its break). */
export function lineEndAt(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') return lineEnd + 2;
  if (lineEnd < text.length) return lineEnd + 1;
  return lineEnd;
}
