import { formatPoints } from '../parse/marks';
import { samePoints } from '../points';
import { pointsText } from './pointsText';
import type { Rule } from './rule';

/** `bareme-total`: the points of the subject (its outermost marks) do not add up to `bareme` (FORMAT.md §8.1). */
export const baremeTotal: Rule<'bareme-total'> = {
  code: 'bareme-total',
  defaultSeverity: 'warning',
  description: {
    fr: 'Les points des questions (les marques les plus externes) font le total annoncé par bareme.',
    en: 'The points of the questions (the outermost marks) add up to the total bareme announces.',
  },
  check({ model, bareme }) {
    const b = bareme?.bareme;
    // Not analysed to the end: marks may stand further down.
    if (!b || b.value === undefined || model.incomplete) return [];
    const total = bareme.points.total ?? 0;
    if (samePoints(total, b.value)) return [];
    const announced = pointsText(b.value);
    const diff = pointsText(Math.abs(total - b.value));
    const more = total > b.value;
    return [{
      span: b.span,
      messages: bareme.points.total === undefined
        ? {
          fr: `Barème de ${announced.fr} sans aucune marque de points : noter les questions, par exemple (4 points).`,
          en: `A bareme of ${announced.en} and no points mark: mark the questions, for instance (4 points).`,
        }
        : {
          fr: `Barème : ${pointsText(total).fr} dans le sujet pour ${announced.fr} annoncés (${diff.fr} de ${more ? 'trop' : 'moins'}).`,
          en: `Barème: ${pointsText(total).en} in the subject for ${announced.en} announced (${diff.en} ${more ? 'too many' : 'short'}).`,
        },
      ...(bareme.points.total === undefined ? {} : { data: { replacement: formatPoints(total, 'en') } }),
    }];
  },
};
