import { pointsText } from './pointsText';
import type { Rule } from './rule';

/**
 * `points-sans-competence`: an innermost points mark whose element tags no
 * competency, under no tagged heading (FORMAT.md §8.1): its points assess nothing.
 */
export const pointsSansCompetence: Rule<'points-sans-competence'> = {
  code: 'points-sans-competence',
  defaultSeverity: 'warning',
  description: {
    fr: 'Des points vont aux compétences balisées dans leur question, ou à défaut dans le titre de sa section.',
    en: 'Points go to the competencies tagged in their question, or else in the heading of its section.',
  },
  check({ model, bareme }) {
    if (!bareme) return [];
    return bareme.points.shares
      .filter((s) => s.from === 'none')
      .map((s) => {
        const e = bareme.points.elements[s.element];
        const p = pointsText(e.value);
        return {
          span: model.marks[e.marks[0]].span,
          messages: {
            fr: `${p.fr} sans compétence : aucun tag dans cette question ni dans le titre de sa section ; ajouter par exemple {C3.2}.`,
            en: `${p.en} with no competency: no tag in this question nor in its section’s heading; add one, for instance {C3.2}.`,
          },
        };
      });
  },
};
