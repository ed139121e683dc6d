/**
 * The candidate's subject (FORMAT.md §10): the body without its front matter,
 * tags, `:::corrige` / `:::jury` containers and HTML comments; `titre` as a
 * level-1 title when the body has none. Everything else as written.
 */
import type { DraftModel } from '../draft';
import { parseBlocks } from '../parse/blocks';
import type { Span } from '../text';
import { candidateCuts, disarm, linesOf, type SourceLine, stripLines } from './strip';

/** The body's lines and what the candidate keeps of each (null: removed). */
export interface CandidateLines {
  lines: SourceLine[];
  kept: (string | null)[];
  /** The `# titre` line put first, when the body has no level-1 heading. */
  title?: string;
}

/** The draft's `titre`, when it is text. */
export function titreOf(model: DraftModel): string | undefined {
  const t = model.frontMatter?.data?.titre;
  if (typeof t === 'string' && t.trim() !== '') return t.trim();
  if (typeof t === 'number') return String(t);
  return undefined;
}

/** The candidate's lines of a draft. */
export function candidateLines(model: DraftModel): CandidateLines {
  const lines = linesOf(model.text, model.bodyStart, model.text.length);
  const kept = stripLines(model.text, lines, candidateCuts(model));
  const titre = titreOf(model);
  // A level-1 heading outside the containers (those go) is the subject's own title.
  const hasTitle = model.sections.some((s) => s.depth === 1 && !model.containers.some((c) => c.span.start <= s.heading.start && s.heading.end <= c.span.end));
  return { lines, kept, ...(titre !== undefined && !hasTitle ? { title: `# ${titre}` } : {}) };
}

/** Joins output lines: leading and trailing blank lines dropped, one final line break. */
export function joinLines(out: string[]): string {
  let a = 0;
  let b = out.length;
  while (a < b && out[a].trim() === '') a++;
  while (b > a && out[b - 1].trim() === '') b--;
  return a < b ? `${out.slice(a, b).join('\n')}\n` : '';
}

/** The candidate's subject as Markdown. */
export function candidateMarkdown(model: DraftModel): string {
  const { kept, title } = candidateLines(model);
  const out: string[] = [];
  for (const l of kept) if (l !== null) out.push(l);
  return disarmed(joinLines(title !== undefined ? withTitle(title, out) : out));
}

/** What the parser reads in a document as tags, containers (their opening lines) and comments. */
export function findingsOf(text: string): { tags: Span[]; containers: Span[]; comments: Span[] } {
  const tags: Span[] = [];
  const containers: Span[] = [];
  const comments: Span[] = [];
  for (const b of parseBlocks(text, 0)) {
    const shift = (s: Span) => ({ start: s.start + b.span.start, end: s.end + b.span.start });
    for (const t of b.findings.tags) tags.push(shift(t.span));
    for (const c of b.findings.containers ?? []) containers.push(shift(c.opening));
    for (const c of b.findings.comments ?? []) comments.push(shift(c));
  }
  return { tags, containers, comments };
}

/** A cut document with nothing the parser reads as a tag, container or comment (see `disarm`). */
export function disarmed(markdown: string): string {
  return disarm(markdown, findingsOf);
}

/** The title line, a blank line, then the body without its leading blank lines. */
export function withTitle(title: string, out: string[]): string[] {
  let a = 0;
  while (a < out.length && out[a].trim() === '') a++;
  return [title, '', ...out.slice(a)];
}
