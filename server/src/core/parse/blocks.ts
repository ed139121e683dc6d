/**
 * Markdown body → top-level blocks → per-block findings (headings and tags).
 * Findings carry offsets relative to their block, so that a block's analysis
 * depends on its text alone and can be cached by it.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Span } from '../text';
import { remarkContainerDirectives } from './containerDirective';
import { type MarkSyntax, scanMarks } from './marks';
import { scanPlaceholders } from './placeholder';
import { scanTags, type TagSyntax } from './tagSyntax';

/** A heading found in a block. */
export interface HeadingFinding {
  depth: number;
  /** Its plain text, tags included. */
  text: string;
  /** The heading line(s), relative to the block. */
  span: Span;
}

/** A tag found in a block, with the place it covers. */
export interface TagFinding extends TagSyntax {
  /** Index of the heading of this block that holds the tag, if it is in one. */
  heading?: number;
  /** What a tag outside a heading covers: its list item, table row or block (relative). */
  scope: Span;
}

/** A points or duration mark found in a block, with the place it applies to (as a tag's scope). */
export interface MarkFinding extends MarkSyntax {
  /** Index of the heading of this block that holds the mark, if it is in one. */
  heading?: number;
  /** What a mark outside a heading applies to: its list item, table row or block (relative). */
  scope: Span;
}

/** The name of a container FORMAT.md §9 reads (`corrigé` is read as `corrige`). */
export type ContainerName = 'corrige' | 'jury';

/** A `:::corrige` or `:::jury` container found in a block. */
export interface ContainerFinding {
  name: ContainerName;
  /** From the opening line to the closing one (or to where it stops, when never closed). */
  span: Span;
  /** The opening line (`:::corrige`), without its indentation. */
  opening: Span;
  /** False when no `:::` line closes it (it runs to the end of its list item or of the document). */
  closed: boolean;
}

/** What one top-level block holds; every span is relative to the block's start. */
export interface BlockFindings {
  /** The Markdown node type of the block (`heading`, `list`, `table`…). */
  type: string;
  headings: HeadingFinding[];
  tags: TagFinding[];
  /** The `[à rédiger]` placeholders of its prose (FORMAT.md §12); absent when there are none. */
  placeholders?: Span[];
  /** Its points and duration marks (FORMAT.md §8); absent when there are none. */
  marks?: MarkFinding[];
  /** Its `:::corrige` / `:::jury` containers (FORMAT.md §9), outer ones first; absent when there are none. */
  containers?: ContainerFinding[];
  /** Its HTML comments (`<!-- … -->`, in raw HTML blocks and inline), which the candidate's subject drops (FORMAT.md §10); absent when there are none. */
  comments?: Span[];
}

/**
 * A top-level block of a body, with its findings. A block cache may also report
 * a stretch it did not parse, because no tag and no heading can stand in it, as
 * one block of type `unparsed` with no findings (see incremental/blockCache).
 */
export interface Block {
  /** Where the block stands in the document. */
  span: Span;
  findings: BlockFindings;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkContainerDirectives);

/** Parses a Markdown body (starting at document offset `base`) into blocks with findings. */
export function parseBlocks(text: string, bodyStart = 0): Block[] {
  return parseChunk(text.slice(bodyStart)).blocks.map((b) => ({
    span: { start: bodyStart + b.span.start, end: bodyStart + b.span.end },
    findings: b.findings,
  }));
}

/** What `parseChunk` reads from a piece of Markdown. */
export interface ParsedChunk {
  /** Its top-level blocks, spans relative to the piece. */
  blocks: Block[];
  /**
   * Its link reference and footnote definitions, each as a line that defines
   * the same label again (`[label]: x`, `[^label]: x`). Only when asked for.
   */
  definitions: string[];
}

/**
 * Parses a piece of Markdown that starts a line into top-level blocks. Only the
 * blocks starting in `[from, to)` are kept, with spans relative to `from`: a
 * caller may put text around a chunk (definitions before it, a line after it)
 * to parse it as it stands in its document.
 */
export function parseChunk(src: string, from = 0, to = src.length, wantDefinitions = false): ParsedChunk {
  const tree = processor.parse(src) as Root;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    if (start < from) continue;
    if (start >= to) break;
    const end = node.position?.end.offset ?? start;
    const findings: BlockFindings = { type: node.type, headings: [], tags: [] };
    collect(node, src, start, findings, { start: 0, end: end - start }, undefined, true);
    blocks.push({ span: { start: start - from, end: end - from }, findings });
  }
  const definitions: string[] = [];
  if (wantDefinitions) for (const node of tree.children) gatherDefinitions(node, from, to, definitions, false);
  return { blocks, definitions };
}

/**
 * What `parseChunk` lists for a definition inside a container directive. Such a
 * definition is seen by what micromark reads after the container, not by the
 * paragraphs before it (measured on micromark-extension-directive 4.0.0): no
 * prefix of definitions can reproduce that, so a block cache parses a document
 * holding one whole.
 */
export const NESTED_DEFINITION = '\u0000nested definition';

/** Collects definitions (anywhere in the tree: they are global even inside lists and quotes). */
function gatherDefinitions(node: Nodes, from: number, to: number, out: string[], inDirective: boolean): void {
  const start = node.position?.start.offset ?? 0;
  if (start >= to || (node.position?.end.offset ?? 0) <= from) return;
  if ((node.type === 'definition' || node.type === 'footnoteDefinition') && inDirective) {
    out.push(NESTED_DEFINITION);
  } else if (node.type === 'definition' || node.type === 'footnoteDefinition') {
    // The normalised label (`identifier`: escapes and entities kept as written, white
    // space folded, case folded), not `label`, whose escapes are decoded: `[a\*b]`
    // must define `a\*b`, not `a*b`.
    out.push(node.type === 'definition' ? `[${node.identifier}]: x` : `[^${node.identifier}]: x`);
  }
  const inside = inDirective || node.type === 'containerDirective';
  if ('children' in node) for (const child of (node as Parent).children) gatherDefinitions(child as Nodes, from, to, out, inside);
}

/** Nodes whose children are blocks: an HTML node there is an HTML block. */
const FLOW_PARENTS = new Set(['root', 'listItem', 'blockquote', 'containerDirective', 'footnoteDefinition']);

/** Walks a node, gathering headings and tags; `origin` is the block start in `body`; `flow`: the node is a block. */
function collect(node: Nodes, body: string, origin: number, out: BlockFindings, scope: Span, heading: number | undefined, flow = false): void {
  switch (node.type) {
    case 'html': {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      // A comment block (CommonMark's HTML block 2) is a comment as a whole, to the end of the line that closes it.
      const found = flow && body.startsWith('<!--', s) ? [{ start: s, end: e }] : scanComments(body, s, e);
      for (const c of found) (out.comments ??= []).push({ start: c.start - origin, end: c.end - origin });
      return;
    }
    case 'code':
    case 'inlineCode':
    case 'yaml':
    case 'definition':
    case 'image':
    case 'imageReference':
    case 'break':
    case 'thematicBreak':
      return;
    case 'text': {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      const src = body.slice(s, e);
      for (const tag of scanTags(src, s - origin)) out.tags.push({ ...tag, heading, scope });
      for (const p of scanPlaceholders(src, s - origin)) (out.placeholders ??= []).push(p);
      for (const m of scanMarks(src, s - origin)) (out.marks ??= []).push({ ...m, heading, scope });
      return;
    }
    case 'containerDirective': {
      const name = containerName(node.name);
      if (name) (out.containers ??= []).push(containerFinding(node, body, origin, name));
      break;
    }
    case 'link':
      // An autolink's text is its URL, and tags never count in URLs.
      if (body[node.position?.start.offset ?? 0] !== '[') return;
      break;
    case 'heading': {
      const span = relSpan(node, origin);
      out.headings.push({ depth: node.depth, text: plainText(node), span });
      heading = out.headings.length - 1;
      break;
    }
    case 'listItem':
    case 'tableRow':
      scope = relSpan(node, origin);
      break;
  }
  const flowChildren = FLOW_PARENTS.has(node.type);
  if ('children' in node) for (const child of (node as Parent).children) collect(child as RootContent, body, origin, out, scope, heading, flowChildren);
}

/**
 * The HTML comments in the raw HTML `[s, e)` of `body`: from each `<!--` to the
 * next `-->` (`<!-->` and `<!--->` are comments too, as in CommonMark), or to
 * the end of the HTML when none closes it (an HTML block then runs on).
 */
function scanComments(body: string, s: number, e: number): Span[] {
  const out: Span[] = [];
  for (let at = body.indexOf('<!--', s); at !== -1 && at < e; at = body.indexOf('<!--', at)) {
    const close = body.indexOf('-->', at + 2);
    const end = close === -1 || close + 3 > e ? e : close + 3;
    out.push({ start: at, end });
    at = end;
  }
  return out;
}

/** `corrige`, `corrigé` (composed or not, any case) and `jury`; other names are left alone. */
function containerName(name: string): ContainerName | undefined {
  const n = name.normalize('NFC').toLowerCase();
  if (n === 'corrige' || n === 'corrigé') return 'corrige';
  if (n === 'jury') return 'jury';
  return undefined;
}

function containerFinding(node: Nodes, body: string, origin: number, name: ContainerName): ContainerFinding {
  const span = relSpan(node, origin);
  const start = node.position?.start.offset ?? origin;
  const end = node.position?.end.offset ?? start;
  let eol = start;
  while (eol < end && body[eol] !== '\n' && body[eol] !== '\r') eol++;
  // Closed when its last line, not its first, is a line of colons (micromark-extension-directive's closing fence).
  let lastStart = end;
  while (lastStart > start && body[lastStart - 1] !== '\n' && body[lastStart - 1] !== '\r') lastStart--;
  const closed = lastStart > eol && /^[ \t]*:{3,}[ \t]*$/.test(body.slice(lastStart, end));
  return { name, span, opening: { start: start - origin, end: eol - origin }, closed };
}

function relSpan(node: Nodes, origin: number): Span {
  return { start: (node.position?.start.offset ?? origin) - origin, end: (node.position?.end.offset ?? origin) - origin };
}

/** The text of a node's descendants (what a reader sees). */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node as Parent).children.map((c) => plainText(c as Nodes)).join('');
  return '';
}
