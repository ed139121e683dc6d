/**
 * The candidate's subject (FORMAT.md §10): the body without its front matter,
 * tags, `:::corrige` / `:::jury` containers and HTML comments; `titre` as a
 * level-1 title when the body has none. Everything else as written.
 */
import type { DraftModel } from '../draft';
import { candidateCuts, linesOf, type SourceLine, stripLines } from './strip';

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
  return joinLines(title !== undefined ? withTitle(title, out) : out);
}

/** The title line, a blank line, then the body without its leading blank lines. */
export function withTitle(title: string, out: string[]): string[] {
  let a = 0;
  while (a < out.length && out[a].trim() === '') a++;
  return [title, '', ...out.slice(a)];
}
