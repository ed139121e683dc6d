import type { Rule } from './rule';

/**
 * `competence-sans-points`: a tagged expected competency that gets no points
 * while the subject has marks (FORMAT.md §8.1), on the code of its first tag.
 */
export const competenceSansPoints: Rule<'competence-sans-points'> = {
  code: 'competence-sans-points',
  defaultSeverity: 'information',
  description: {
    fr: 'Quand le sujet est noté, chaque compétence évaluée reçoit des points.',
    en: 'When the subject carries points, every assessed competency gets some.',
  },
  check({ model, coverage, bareme }) {
    if (!coverage || !bareme || bareme.points.total === undefined || model.incomplete) return [];
    return coverage.competences
      .filter((c) => c.status !== 'absente' && (bareme.points.byCompetence[c.id] ?? 0) === 0)
      .map((c) => ({
        span: c.occurrences[0].span,
        messages: {
          fr: `${c.id} n’a aucun point : aucune question notée ne la balise. « ${c.titre} »`,
          en: `${c.id} gets no points: no marked question tags it. “${c.titre}”`,
        },
        data: { id: c.id },
      }));
  },
};
