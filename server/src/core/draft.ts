/**
 * The syntactic model of a draft: front matter, blocks, sections and tags with
 * document offsets. Independent of any référentiel.
 */
import type { Localized } from './i18n';
import { type Block, parseBlocks } from './parse/blocks';
import { type BudgetLimits, checkBudget, DEFAULT_BUDGET } from './parse/budget';
import { isDraft } from './parse/detect';
import { type FrontMatter, splitFrontMatter } from './parse/frontMatter';
import type { CodeRef, TagItem } from './parse/tagSyntax';
import { LineIndex, type Span } from './text';

/** A heading and the part of the document it governs. */
export interface Section {
  title: string;
  depth: number;
  /** The heading itself. */
  heading: Span;
  /** From the heading to the next heading of the same or a higher level. */
  span: Span;
}

/** A tag of the document. */
export interface Tag {
  /** The braces. */
  span: Span;
  items: TagItem[];
  malformed: boolean;
  content: string;
  /** What it covers: the section of its heading, or its block. */
  scope: Span;
  /** Whether it stands in a heading. */
  inHeading: boolean;
  /** The innermost section holding it (index into `sections`). */
  section?: number;
}

/** Everything read from a draft's text. */
export interface DraftModel {
  fileName: string;
  text: string;
  lines: LineIndex;
  isDraft: boolean;
  frontMatter?: FrontMatter;
  bodyStart: number;
  blocks: Block[];
  sections: Section[];
  tags: Tag[];
  /** The `[à rédiger]` placeholders where tags count (FORMAT.md §12), in document order. */
  placeholders: Span[];
  /** Why part of the body (from `incomplete.cut`) or all of it was not analysed (parse/budget.ts). */
  incomplete?: { span: Span; cut: number; messages: Localized };
  /** An internal error met while reading the draft (the model is then bare). */
  internalError?: string;
}

/** Parses the blocks of a body; the default parses everything, a cache may reuse blocks. */
export type BlockParser = (text: string, bodyStart: number) => Block[];

/**
 * Reads a draft's text into its model. `parse` lets a cache supply the blocks.
 * The body is checked against the budget first: remark sees only the part
 * before the first line that breaks it (and nothing of a text over the size limit).
 */
export function readDraft(fileName: string, text: string, parse: BlockParser = parseBlocks, budget: BudgetLimits = DEFAULT_BUDGET): DraftModel {
  const split = splitFrontMatter(text);
  const draft = isDraft(fileName, text, split);
  const over = draft ? checkBudget(text, split.bodyStart, budget) : undefined;
  const cut = over ? Math.max(over.cut, split.bodyStart) : text.length;
  // A non-draft gets nothing, so its Markdown is never parsed (a README costs a front matter read).
  const blocks = draft && !(over && over.limit === 'size') ? parse(cut < text.length ? text.slice(0, cut) : text, split.bodyStart) : [];
  const sections: Section[] = [];
  const tags: Tag[] = [];
  const placeholders: Span[] = [];
  for (const block of blocks) {
    const at = block.span.start;
    const firstSection = sections.length;
    for (const h of block.findings.headings) {
      sections.push({ title: h.text.trim(), depth: h.depth, heading: shift(h.span, at), span: shift(h.span, at) });
    }
    for (const t of block.findings.tags) {
      tags.push({
        span: shift(t.span, at), items: t.items.map((item) => shiftItem(item, at)), malformed: t.malformed, content: t.content,
        scope: shift(t.scope, at), inHeading: t.heading !== undefined,
        section: t.heading === undefined ? undefined : firstSection + t.heading,
      });
    }
    for (const p of block.findings.placeholders ?? []) placeholders.push(shift(p, at));
  }
  // A section runs to the next heading of the same or a higher level.
  for (let i = 0; i < sections.length; i++) {
    let end = text.length;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].depth <= sections[i].depth) {
        end = sections[j].heading.start;
        break;
      }
    }
    sections[i].span = { start: sections[i].heading.start, end: trimEnd(text, end) };
  }
  let s = -1;
  for (const tag of tags) {
    if (tag.section !== undefined) {
      tag.scope = sections[tag.section].span;
      continue;
    }
    while (s + 1 < sections.length && sections[s + 1].heading.start <= tag.span.start) s++;
    if (s >= 0) tag.section = s;
  }
  return {
    fileName, text, lines: new LineIndex(text), isDraft: draft,
    frontMatter: split.frontMatter, bodyStart: split.bodyStart, blocks, sections, tags, placeholders,
    ...(over ? { incomplete: { span: over.span, cut, messages: over.messages } } : {}),
  };
}

/** The model of a draft whose reading failed: its text and nothing read from it. */
export function bareModel(fileName: string, text: string, internalError: string): DraftModel {
  return { fileName, text, lines: new LineIndex(text), isDraft: true, bodyStart: 0, blocks: [], sections: [], tags: [], placeholders: [], internalError };
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function shiftCode(code: CodeRef, by: number): CodeRef {
  return { ...code, span: shift(code.span, by) };
}

function shiftItem(item: TagItem, by: number): TagItem {
  return item.kind === 'code'
    ? { kind: 'code', code: shiftCode(item.code, by), span: shift(item.span, by) }
    : { kind: 'range', from: shiftCode(item.from, by), to: shiftCode(item.to, by), span: shift(item.span, by) };
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
