/**
 * The syntactic model of a draft: front matter, blocks, sections and tags with
 * document offsets. Independent of any référentiel.
 */
import type { Localized } from './i18n';
import { type Block, type ContainerName, parseBlocks } from './parse/blocks';
import type { MarkKind } from './parse/marks';
import { type BudgetLimits, checkBudget, DEFAULT_BUDGET } from './parse/budget';
import { isDraft } from './parse/detect';
import { type FrontMatter, splitFrontMatter } from './parse/frontMatter';
import type { CodeRef, TagItem } from './parse/tagSyntax';
import { innermostHolders } from './elements';
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
  /** The `:::corrige` / `:::jury` container holding it, if any (index into `containers`). */
  container?: number;
}

/** A points or duration mark of the document (FORMAT.md §8). */
export interface Mark {
  kind: MarkKind;
  /** Points, or minutes. */
  value: number;
  /** The parentheses. */
  span: Span;
  /** What it applies to, as a tag's scope: the section of its heading, or its list item, row or block. */
  scope: Span;
  inHeading: boolean;
  /** The innermost section holding it (index into `sections`). */
  section?: number;
  /** The container holding it, if any: such a mark is a note for the correctors, not counted. */
  container?: number;
}

/** A `:::corrige` or `:::jury` container (FORMAT.md §9). */
export interface Container {
  name: ContainerName;
  span: Span;
  /** Its opening line. */
  opening: Span;
  closed: boolean;
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
  /** Points and duration marks where tags count, in document order. */
  marks: Mark[];
  /** The `:::corrige` / `:::jury` containers, in document order (an outer one before those it holds). */
  containers: Container[];
  /** The HTML comments (`<!-- … -->`, in raw HTML only: never in code), in document order. */
  comments: Span[];
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
  const marks: Mark[] = [];
  const containers: Container[] = [];
  const comments: Span[] = [];
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
    for (const m of block.findings.marks ?? []) {
      marks.push({
        kind: m.kind, value: m.value, span: shift(m.span, at), scope: shift(m.scope, at), inHeading: m.heading !== undefined,
        section: m.heading === undefined ? undefined : firstSection + m.heading,
      });
    }
    for (const c of block.findings.comments ?? []) comments.push(shift(c, at));
    for (const c of block.findings.containers ?? []) containers.push({ name: c.name, span: shift(c.span, at), opening: shift(c.opening, at), closed: c.closed });
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
  placeInSections(tags, sections);
  placeInSections(marks, sections);
  placeInContainers(tags, containers);
  placeInContainers(marks, containers);
  return {
    fileName, text, lines: new LineIndex(text), isDraft: draft,
    frontMatter: split.frontMatter, bodyStart: split.bodyStart, blocks, sections, tags, placeholders, marks, containers, comments,
    ...(over ? { incomplete: { span: over.span, cut, messages: over.messages } } : {}),
  };
}

/** The model of a draft whose reading failed: its text and nothing read from it. */
export function bareModel(fileName: string, text: string, internalError: string): DraftModel {
  return { fileName, text, lines: new LineIndex(text), isDraft: true, bodyStart: 0, blocks: [], sections: [], tags: [], placeholders: [], marks: [], containers: [], comments: [], internalError };
}

/** A heading's tag or mark covers its section; any other gets the innermost section before it. */
function placeInSections(found: { span: Span; scope: Span; section?: number }[], sections: Section[]): void {
  let s = -1;
  for (const f of found) {
    if (f.section !== undefined) {
      f.scope = sections[f.section].span;
      continue;
    }
    while (s + 1 < sections.length && sections[s + 1].heading.start <= f.span.start) s++;
    if (s >= 0) f.section = s;
  }
}

/** The innermost container holding each tag or mark (both lists are in document order). */
function placeInContainers(found: { span: Span; container?: number }[], containers: Container[]): void {
  if (containers.length === 0) return;
  innermostHolders(containers, found.map((f) => f.span)).forEach((c, k) => {
    if (c !== undefined) found[k].container = c;
  });
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
