/**
 * Completion of points marks (FORMAT.md §8.1): after a question (a list item
 * line, or a line with a tag), `(` or an explicit request at the end of the
 * line proposes ` (N points)`: first what is left to reach the outer mark or
 * the `bareme`, then 1, 2, 3 and 4 points. The mark is written as the draft is,
 * in French (`(1,5 point)`, `(2 points)`).
 */
import type { DraftAnalysis } from '../analyze';
import { holds } from '../elements';
import type { Lang } from '../i18n';
import { samePoints } from '../points';
import { pointsText } from '../rules/pointsText';
import type { Position } from '../text';
import { points } from './bareme';
import { CompletionItemKind, type CompletionItem } from './lsp';
import { tr } from './markdown';

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\S/;

/** The ` (N points)` proposals at a position; none where a mark makes no sense. */
export function markCompletions(analysis: DraftAnalysis, position: Position, offset: number, lang: Lang): CompletionItem[] {
  const { model, bareme } = analysis;
  const lineStart = model.lines.lineStart(position.line);
  const lineEnd = model.lines.lineEnd(position.line);
  const prefix = model.text.slice(lineStart, offset);
  const rest = model.text.slice(offset, lineEnd);
  // At the end of the line (an editor may have closed the parenthesis just typed).
  const typed = /\s*\($/.exec(prefix);
  if (!(typed ? /^\)?\s*$/ : /^\s*$/).test(rest)) return [];
  const before = typed ? prefix.slice(0, typed.index) : prefix;
  if (!typed && /\s$/.test(prefix)) return [];
  if (before.trim() === '') return [];
  const block = model.blocks.find((b) => b.span.start <= offset && offset <= b.span.end);
  if (block && block.findings.type !== 'list' && block.findings.type !== 'paragraph') return [];
  if ((prefix.match(/`/g)?.length ?? 0) % 2 === 1) return [];
  // Inside braces still open: a tag being typed.
  if (prefix.lastIndexOf('{') > prefix.lastIndexOf('}')) return [];
  const line = { start: lineStart, end: lineEnd };
  const hasTag = model.tags.some((t) => !t.malformed && !t.inHeading && t.container === undefined && holds(line, t.span));
  if (!LIST_ITEM.test(before) && !hasTag) return [];
  // A line that already has its mark needs no other; nor does a line inside a corrigé.
  if (model.marks.some((m) => m.kind === 'points' && holds(line, m.span))) return [];
  if (model.containers.some((c) => holds(c.span, line))) return [];

  const proposals: { value: number; why?: string }[] = [];
  const tree = bareme?.points;
  if (tree) {
    // The innermost marked element holding the line: what its questions still lack.
    let outer: number | undefined;
    tree.elements.forEach((e, i) => {
      if (holds(e.span, line) && (outer === undefined || holds(tree.elements[outer].span, e.span))) outer = i;
    });
    if (outer !== undefined) {
      const e = tree.elements[outer];
      const left = e.value - (e.inner ?? 0);
      if (left > 0 && !samePoints(left, 0)) {
        proposals.push({ value: left, why: tr(lang, `reste pour atteindre ${points(e.value, lang)}`, `left to reach ${points(e.value, lang)}`) });
      }
    } else if (bareme.bareme?.value !== undefined) {
      const left = bareme.bareme.value - (tree.total ?? 0);
      if (left > 0 && !samePoints(left, 0)) proposals.push({ value: left, why: tr(lang, 'reste au barème', 'left in the barème') });
    }
  }
  for (const n of [1, 2, 3, 4]) if (!proposals.some((p) => samePoints(p.value, n))) proposals.push({ value: n });

  const start = model.lines.positionAt(lineStart + before.length);
  const end = typed && rest.startsWith(')') ? { line: position.line, character: position.character + 1 } : position;
  return proposals.map((p, i) => {
    const mark = `(${pointsText(Math.round(p.value * 100) / 100).fr})`;
    const newText = ` ${mark}`;
    return {
      label: mark,
      ...(p.why ? { labelDetails: { description: p.why } } : {}),
      kind: CompletionItemKind.Value,
      detail: p.why ? `${tr(lang, 'Marque de points', 'Points mark')} · ${p.why}` : tr(lang, 'Marque de points', 'Points mark'),
      sortText: `${i}`.padStart(4, '0'),
      filterText: typed ? typed[0] + mark.slice(1) : newText,
      textEdit: { range: { start, end }, newText },
      ...(i === 0 && p.why ? { preselect: true } : {}),
    };
  });
}
