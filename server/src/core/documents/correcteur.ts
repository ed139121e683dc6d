/**
 * The correctors' file (FORMAT.md §10): the candidate's subject with, after
 * each question, a block quote (indented to stay in its list item) holding the
 * criteria it assesses, its answer key and the notes to the jury.
 */
import type { DraftAnalysis } from '../analyze';
import type { DraftModel } from '../draft';
import type { Lang } from '../i18n';
import { findQuestions } from '../questions';
import { candidateLines, disarmed, joinLines, withTitle } from './candidate';
import { type QuestionInfo, questionInfos } from './questionInfo';
import { dedent, inlineCut, linesOf, mergeCuts, type SourceLine, stripLines } from './strip';

/** The labels of the correctors' blocks. */
export const CORRECTEUR_LABELS = {
  fr: { criteres: 'Critères évalués\u00a0:', reponse: 'Éléments de réponse\u00a0:', jury: 'Notes au jury\u00a0:', sep: '\u00a0; ' },
  en: { criteres: 'Criteria assessed:', reponse: 'Answer key:', jury: 'Notes to the jury:', sep: '; ' },
} as const;

/** The index of the line holding `offset` (lines in order). */
function lineAt(lines: SourceLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The content of a container: its lines between the fences, cut like the subject, dedented. */
export function containerContent(model: DraftModel, ci: number): string[] {
  const c = model.containers[ci];
  const lines = linesOf(model.text, lineStartOf(model.text, c.span.start), c.span.end);
  const inner = lines.slice(1, c.closed ? -1 : undefined);
  if (inner.length === 0) return [];
  const from = inner[0].start;
  const to = inner[inner.length - 1].end;
  const within = (s: { start: number; end: number }) => from <= s.start && s.end <= to;
  const cuts = mergeCuts([
    ...model.tags.filter((t) => within(t.span)).map((t) => inlineCut(model.text, t.span)),
    ...model.comments.filter(within).map((s) => inlineCut(model.text, s)),
    ...model.containers.filter((o) => o !== c && within(o.span)).map((o) => ({ ...o.span })),
  ]);
  const kept = stripLines(model.text, inner, cuts).filter((l): l is string => l !== null);
  // A container in a block quote: its lines carry the quote's markers.
  const unquoted = kept.map((l) => l.replace(/^[ \t]*(?:>[ \t]?)+/, (m) => (/>/.test(m) ? '' : m)));
  const out = dedent(unquoted);
  while (out.length > 0 && out[0] === '') out.shift();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function lineStartOf(text: string, offset: number): number {
  let s = offset;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return s;
}

/** The indentation that keeps a block in the list item or quote where `offset` stands (a list item: at its content). */
function indentAt(text: string, offset: number, listItem: boolean): string {
  const start = lineStartOf(text, offset);
  let indent = text.slice(start, offset).replace(/[^>\t]/g, ' ');
  if (listItem) {
    const m = /^(\d{1,9}[.)]|[-*+])([ \t]*)/.exec(text.slice(offset, offset + 16));
    if (m) indent += ' '.repeat(m[1].length + (m[2].length >= 1 && m[2].length <= 4 ? m[2].length : 1));
  }
  // A quote marker keeps its space after it.
  return indent.replace(/>(?! )/g, '> ');
}

/** The block of one question, without indentation: criteria, answer key, notes to the jury. */
function questionBlock(model: DraftModel, info: QuestionInfo, lang: Lang): string[] {
  const L = CORRECTEUR_LABELS[lang];
  const parts: string[][] = [];
  if (info.assessed.length > 0) {
    parts.push([`**${L.criteres}** ${info.assessed.map((a) => (a.text ? `${a.id} — ${a.text}` : a.id)).join(L.sep)}`]);
  }
  const keys = info.question.corriges.map((ci) => containerContent(model, ci)).filter((c) => c.length > 0);
  if (keys.length > 0) parts.push([`**${L.reponse}**`, '', ...keys.flatMap((k, i) => (i === 0 ? k : ['', ...k]))]);
  const notes = info.question.jury.map((ci) => containerContent(model, ci)).filter((c) => c.length > 0);
  if (notes.length > 0) parts.push([`**${L.jury}**`, '', ...notes.flatMap((k, i) => (i === 0 ? k : ['', ...k]))]);
  return parts.flatMap((p, i) => (i === 0 ? p : ['', ...p]));
}

/** Quoted and indented. */
function quoted(lines: string[], indent: string): string[] {
  return lines.map((l) => `${indent}>${l === '' ? '' : ` ${l}`}`);
}

/** The correctors' file as Markdown. */
export function correcteurMarkdown(analysis: DraftAnalysis, lang: Lang): string {
  const model = analysis.model;
  const questions = analysis.questions ?? findQuestions(model);
  const { lines, kept, title } = candidateLines(model);
  const infos = questionInfos(model, questions.questions, analysis.referentiel);
  // What goes after each source line.
  const after = new Map<number, string[][]>();
  const put = (line: number, block: string[]) => {
    if (block.length === 0) return;
    const list = after.get(line) ?? [];
    list.push(block);
    after.set(line, list);
  };
  for (const info of infos) {
    const q = info.question;
    let line: number;
    let indent = '';
    const block = model.blocks.find((b) => b.span.start <= q.span.start && q.span.start < Math.max(b.span.end, b.span.start + 1));
    const first = model.text.slice(lineStartOf(model.text, q.span.start), q.span.start + 1).replace(/^[\s>]*/, '');
    if (q.kind === 'section') {
      line = lineAt(lines, Math.max(q.span.start, q.span.end - 1));
    } else if (block?.findings.type === 'table') {
      // A table row: after the table.
      line = lineAt(lines, Math.max(block.span.start, block.span.end - 1));
    } else if (first.startsWith('|')) {
      // A row of a table in a list item or quote: after the table's last line.
      line = lineAt(lines, q.span.start);
      while (line + 1 < lines.length && model.text.slice(lines[line + 1].start, lines[line + 1].end).trim() !== '') line++;
      indent = indentAt(model.text, q.span.start, false);
    } else {
      line = lineAt(lines, Math.max(q.span.start, q.span.end - 1));
      const listItem = /^(\d{1,9}[.)]|[-*+])(?:[ \t]|$)/.test(model.text.slice(q.span.start, q.span.start + 12));
      indent = indentAt(model.text, q.span.start, listItem);
    }
    put(line, quoted(questionBlock(model, info, lang), indent));
  }
  // Containers that answer no question (one before any question) stay where they stand, set apart.
  (questions.answers ?? []).forEach((qi, ci) => {
    if (qi !== undefined) return;
    const c = model.containers[ci];
    if (model.containers.some((o) => o !== c && o.span.start <= c.span.start && c.span.end <= o.span.end)) return;
    const content = containerContent(model, ci);
    if (content.length === 0) return;
    const L = CORRECTEUR_LABELS[lang];
    put(lineAt(lines, Math.max(c.span.start, c.span.end - 1)), quoted([`**${c.name === 'corrige' ? L.reponse : L.jury}**`, '', ...content], indentAt(model.text, c.span.start, false)));
  });

  // Lines, with the inserted blocks set apart by blank lines.
  const out: string[] = [];
  const blank = (s: string | undefined) => s === undefined || s.trim() === '';
  let pendingBlank = false;
  const push = (s: string) => {
    if (pendingBlank && !blank(s) && !blank(out[out.length - 1])) out.push('');
    pendingBlank = false;
    out.push(s);
  };
  kept.forEach((text, i) => {
    if (text !== null) push(text);
    for (const block of after.get(i) ?? []) {
      if (!blank(out[out.length - 1])) out.push('');
      for (const l of block) out.push(l);
      pendingBlank = true;
    }
  });
  return disarmed(joinLines(title !== undefined ? withTitle(title, out) : out));
}
