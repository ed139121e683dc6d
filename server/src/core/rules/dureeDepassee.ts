import { minutesText } from './pointsText';
import type { Rule } from './rule';

/** `duree-depassee`: the outermost duration marks add up to more than `duree` (FORMAT.md §8.2). */
export const dureeDepassee: Rule<'duree-depassee'> = {
  code: 'duree-depassee',
  defaultSeverity: 'warning',
  description: {
    fr: 'Les durées indiquées dans le sujet, par exemple (45 min), tiennent dans la durée de l’épreuve.',
    en: 'The durations marked in the subject, for instance (45 min), fit in the length of the exam.',
  },
  check({ bareme }) {
    const d = bareme?.dureeValue;
    const sum = bareme?.duree.total;
    if (!d || d.value === undefined || sum === undefined || sum <= d.value) return [];
    return [{
      span: d.span,
      messages: {
        fr: `Durée dépassée : ${minutesText(sum).fr} dans le sujet pour ${minutesText(d.value).fr} d’épreuve (${minutesText(sum - d.value).fr} de trop).`,
        en: `Duration exceeded: ${minutesText(sum).en} in the subject for a ${minutesText(d.value).en} exam (${minutesText(sum - d.value).en} too long).`,
      },
    }];
  },
};
