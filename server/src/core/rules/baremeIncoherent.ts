import { samePoints } from '../points';
import { bareTitle, pointsText } from './pointsText';
import type { Rule, RuleFinding } from './rule';

/**
 * `bareme-incoherent`: the inner points marks of an element do not add up to
 * its own mark (FORMAT.md §8.1), on the outer mark. The fix's replacement is the
 * mark with the inner sum.
 */
export const baremeIncoherent: Rule<'bareme-incoherent'> = {
  code: 'bareme-incoherent',
  defaultSeverity: 'warning',
  description: {
    fr: 'Les points des questions d’un dossier ou d’une question à sous-questions font les points annoncés par sa marque.',
    en: 'The points of the questions of a part (or of sub-questions) add up to the points its own mark announces.',
  },
  check({ model, bareme }) {
    if (!bareme) return [];
    const out: RuleFinding[] = [];
    for (const e of bareme.points.elements) {
      if (e.inner === undefined || samePoints(e.inner, e.value)) continue;
      const mark = model.marks[e.marks[0]];
      const section = mark.inHeading && mark.section !== undefined ? bareTitle(model.sections[mark.section].title) : undefined;
      const what = section ? { fr: section, en: section } : { fr: 'Cette question', en: 'This question' };
      const announced = pointsText(e.value);
      const inner = pointsText(e.inner);
      out.push({
        span: mark.span,
        messages: {
          fr: `${what.fr} : ${announced.fr} annoncés, ${inner.fr} dans ses questions.`,
          en: `${what.en}: ${announced.en} announced, ${inner.en} in its questions.`,
        },
        // One mark only: it can take the sum (with several own marks, the author must choose).
        ...(e.marks.length === 1 ? { data: { replacement: `(${inner.fr})` } } : {}),
      });
    }
    return out;
  },
};
