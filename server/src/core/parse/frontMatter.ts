/**
 * The YAML front matter of a draft: where it is, what it says, and its errors
 * mapped to document offsets. Never throws.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Localized } from '../i18n';
import type { Span } from '../text';
import { aliasProblem, parseYaml, safeToJS } from './yamlSafety';

/** A front matter value with where it stands in the document. */
export interface FrontMatterValue {
  /** The value as written, trimmed ('' when empty or not text). */
  value: string;
  span: Span;
  /** The key as written, when the YAML could be read. */
  key?: Span;
  /** What the value is when it is not text (`modalite: 3`, `referentiel: [./x.yaml]`). */
  notText?: 'number' | 'boolean' | 'list' | 'map' | 'other';
}

/** A YAML error, positioned in the document. */
export interface FrontMatterError {
  span: Span;
  message: string;
  /** The message for the author, when the core wrote it (else `message` is the YAML library's). */
  messages?: Localized;
  /** The YAML library's error code (`BAD_INDENT`, `DUPLICATE_KEY`…), for its own errors. */
  code?: string;
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
  /** `bareme`: the total the subject is marked on (FORMAT.md §8.1), as written. */
  bareme?: FrontMatterValue;
  /** `duree`: the length of the exam (FORMAT.md §8.2), as written. */
  duree?: FrontMatterValue;
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
const KEY_LINE = /^(modalite|referentiel|bareme|duree)[ \t]*:[ \t]*(.*?)[ \t]*(#.*)?$/i;

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
  // A lone CR ends a line for Markdown and for us, not for the YAML parser: make it
  // a LF (same length, so every offset stays true).
  const yamlText = text.slice(content.start, content.end).replace(/\r(?!\n)/g, '\n');
  const parsed = parseYaml(yamlText);
  const at = (p: { start: number; end: number }): Span => ({
    start: content.start + Math.min(p.start, yamlText.length),
    end: content.start + Math.min(Math.max(p.end, p.start), yamlText.length),
  });
  const doc = parsed.doc;
  if (!doc) {
    fm.errors.push({ span: wordAt(text, at(parsed.failure!), content), message: parsed.failure!.message.en, messages: parsed.failure!.message });
    fallbackKeys(text, content, fm);
    return fm;
  }
  for (const e of doc.errors) {
    const start = content.start + Math.min(e.pos[0], yamlText.length);
    const end = content.start + Math.min(Math.max(e.pos[1], e.pos[0]), yamlText.length);
    fm.errors.push({ span: wordAt(text, { start, end }, content), message: e.message.split('\n')[0], code: e.code });
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
  const problem = aliasProblem(doc);
  const js = problem ? undefined : safeToJS(doc);
  const failure = problem ?? js?.failure;
  if (failure) {
    fm.errors.push({ span: wordAt(text, at(failure), content), message: failure.message.en, messages: failure.message });
    fallbackKeys(text, content, fm);
    return fm;
  }
  const data = js?.value;
  fm.data = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const written = String(pair.key.value);
    const key = written.toLowerCase();
    if (!isReadKey(key)) continue;
    const keyRange = pair.key.range ?? [0, 0];
    const keySpan = { start: content.start + keyRange[0], end: content.start + keyRange[1] };
    const previous = fm[key];
    if (previous) {
      // uniqueKeys catches `modalite` twice; `modalite` and `MODALITE` are the same key to us.
      const firstKey = previous.key ?? previous.span;
      const first = text.slice(firstKey.start, firstKey.end);
      fm.errors.push({
        span: keySpan, message: `duplicate key ${written}`,
        messages: {
          fr: `clé en double : ${written} redonne ${first} (une seule valeur est lue, la première)`,
          en: `duplicate key: ${written} repeats ${first} (only one value is read, the first)`,
        },
      });
      continue;
    }
    fm[key] = valueOf(pair.value, keySpan, content.start);
  }
  return fm;
}

/** The keys whose value and position the core reads. */
type ReadKey = 'modalite' | 'referentiel' | 'bareme' | 'duree';

function isReadKey(key: string): key is ReadKey {
  return key === 'modalite' || key === 'referentiel' || key === 'bareme' || key === 'duree';
}

/** Reads a `modalite` / `referentiel` value node: its text, or what it is when it is not text. */
function valueOf(v: unknown, key: Span, base: number): FrontMatterValue {
  const node = v as { range?: [number, number, number?] } | null;
  const span = node?.range ? { start: base + node.range[0], end: base + node.range[1] } : key;
  // `referentiel:` has an empty value node after the colon: the key shows better.
  if (v === null || (isScalar(v) && v.value === null)) return { value: '', span: v === null || span.end === span.start ? key : span, key };
  if (isScalar(v)) {
    if (typeof v.value === 'string') return { value: v.value.trim(), span, key };
    const kind = typeof v.value === 'number' || typeof v.value === 'bigint' ? 'number' : typeof v.value === 'boolean' ? 'boolean' : 'other';
    return { value: typeof v.value === 'object' ? '' : String(v.value), span, key, notText: kind };
  }
  return { value: '', span, key, notText: isSeq(v) ? 'list' : isMap(v) ? 'map' : 'other' };
}

/** A one-character error position reads better as the word it stands on. */
function wordAt(text: string, span: Span, content: Span): Span {
  if (span.end - span.start > 1) return span;
  const word = /^[^\s:,\[\]{}]+/.exec(text.slice(span.start, Math.min(lineEndAt(text, span.start), content.end)));
  return { start: span.start, end: span.start + Math.max(word?.[0].length ?? 0, span.end - span.start) };
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
      const key = m[1].toLowerCase() as ReadKey;
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
