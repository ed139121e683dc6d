import type { Rule } from './rule';

/**
 * `critere-manquant`: a tagged expected competency with criteria no tag names
 * (status `partielle`). One diagnostic per competency, listing its uncovered
 * criteria by id (FORMAT.md §6): criteria texts are long sentences, and the hover,
 * the panel and the quick fix show them where there is room.
 */
export const critereManquant: Rule<'critere-manquant'> = {
  code: 'critere-manquant',
  defaultSeverity: 'information',
  description: {
    fr: 'Chaque critère d’une compétence évaluée doit être visé explicitement ({C3.2}).',
    en: 'Every criterion of an assessed competency must be named explicitly ({C3.2}).',
  },
  check({ model, coverage }) {
    // Not analysed to the end: what looks uncovered may be covered further down.
    if (!coverage || model.incomplete) return [];
    return coverage.competences
      .filter((c) => c.status === 'partielle')
      .map((c) => {
        const missing = c.criteres.filter((k) => !k.covered).map((k) => k.id);
        const n = missing.length;
        const list = missing.join(', ');
        return {
          span: c.occurrences[0].span,
          messages: {
            fr: `${c.id} partielle : ${n} ${n === 1 ? 'critère non visé' : 'critères non visés'} — ${list}`,
            en: `${c.id} partial: ${n} ${n === 1 ? 'criterion' : 'criteria'} not covered — ${list}`,
          },
          data: { id: c.id, criteres: missing },
        };
      });
  },
};
