import { competenciesOf, itemText } from '../coverage';
import type { Rule, RuleFinding } from './rule';

/** `hors-modalite`: a code naming a competency the draft's modality does not assess. */
export const horsModalite: Rule<'hors-modalite'> = {
  code: 'hors-modalite',
  defaultSeverity: 'warning',
  description: {
    fr: 'Un sujet n’évalue que les compétences de sa modalité.',
    en: 'A subject assesses only the competencies of its modality.',
  },
  check({ model, referentiel, modalite }) {
    if (!referentiel || !modalite) return [];
    const expected = new Set(modalite.competences);
    const range = `${modalite.competences[0]}–${modalite.competences[modalite.competences.length - 1]}`;
    const out: RuleFinding[] = [];
    for (const tag of model.tags) {
      for (const item of tag.items) {
        const outside = competenciesOf(item, referentiel).filter((c) => !expected.has(c.id));
        if (outside.length === 0) continue;
        const ids = outside.map((c) => c.id).join(', ');
        const text = itemText(model, item);
        const single = outside.length === 1 && item.kind === 'code';
        out.push({
          span: item.span,
          messages: single
            ? {
              fr: `${text} est hors modalité : ${modalite.id} évalue ${range} (${outside[0].id} : « ${outside[0].titre} »).`,
              en: `${text} is outside the modality: ${modalite.id} assesses ${range} (${outside[0].id}: “${outside[0].titre}”).`,
            }
            : {
              fr: `${text} sort de la modalité : ${modalite.id} évalue ${range}, pas ${ids}.`,
              en: `${text} goes outside the modality: ${modalite.id} assesses ${range}, not ${ids}.`,
            },
          data: { id: outside[0].id },
        });
      }
    }
    return out;
  },
};
