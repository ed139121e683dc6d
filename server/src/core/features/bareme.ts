/**
 * Small helpers shared by the editor features that speak of points and
 * durations (hover, inlay hints, completion, code lens): the mark under the
 * cursor, the element of a counted mark, points in words.
 */
import type { DraftAnalysis } from '../analyze';
import type { DraftModel, Mark } from '../draft';
import type { Lang } from '../i18n';
import { formatPoints } from '../parse/marks';
import type { MarkTree } from '../points';
import { pointsText } from '../rules/pointsText';
import { firstFrom } from '../elements';

/** The mark whose parentheses hold an offset (a cursor just after it still points at it). */
export function markAt(model: DraftModel, offset: number): { mark: Mark; index: number } | undefined {
  const k = firstFrom(model.marks, offset + 1, (m) => m.span.start) - 1;
  if (k < 0) return undefined;
  const m = model.marks[k];
  return offset >= m.span.start && offset <= m.span.end ? { mark: m, index: k } : undefined;
}

/** The element (index into `tree.elements`) that holds a counted mark. */
export function elementOf(tree: MarkTree, markIndex: number): number | undefined {
  const i = tree.elements.findIndex((e) => e.marks.includes(markIndex));
  return i < 0 ? undefined : i;
}

/** `6 points` / `1,5 point` in the language asked for. */
export function points(value: number, lang: Lang): string {
  return pointsText(value)[lang === 'en' ? 'en' : 'fr'];
}

/** `1,5 pt` / `1.5 pt`: the short form of lists. */
export function pts(value: number, lang: Lang): string {
  return `${formatPoints(value, lang === 'en' ? 'en' : 'fr')}\u00a0pt`;
}

/** `C1 : 1,5 pt` with the colon of the language. */
export function colon(lang: Lang): string {
  return lang === 'en' ? ': ' : '\u00a0: ';
}

/**
 * The points each section's questions carry, for sections whose heading has no
 * points mark: the sum of the outermost marked elements inside it (undefined
 * when none). Indexed like `model.sections`.
 */
export function sectionPoints(analysis: DraftAnalysis): (number | undefined)[] {
  const { model, bareme } = analysis;
  const tree = bareme?.points;
  return model.sections.map((s) => {
    if (!tree) return undefined;
    let sum: number | undefined;
    for (const e of tree.elements) {
      if (e.span.start < s.span.start || e.span.end > s.span.end) continue;
      // Only the outermost elements inside the section: an element whose parent is also inside is counted by it.
      const p = e.parent === undefined ? undefined : tree.elements[e.parent];
      if (p && p.span.start >= s.span.start && p.span.end <= s.span.end) continue;
      sum = (sum ?? 0) + e.value;
    }
    return sum;
  });
}
