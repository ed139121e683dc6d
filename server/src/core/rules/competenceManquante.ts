import type { Rule } from './rule';

/** `competence-manquante`: an expected competency that no tag names (status `absente`). */
export const competenceManquante: Rule<'competence-manquante'> = {
  code: 'competence-manquante',
  defaultSeverity: 'warning',
  description: {
    fr: 'Chaque compétence de la modalité doit être évaluée par au moins une question balisée.',
    en: 'Every competency of the modality must be assessed by at least one tagged question.',
  },
  check({ model, modalite, coverage }) {
    const at = model.frontMatter?.modalite;
    // Not analysed to the end: what looks absent may stand further down.
    if (!coverage || !modalite || !at || model.incomplete) return [];
    return coverage.competences
      .filter((c) => c.status === 'absente')
      .map((c) => ({
        span: at.span,
        messages: {
          fr: `Compétence ${c.id} non évaluée : « ${c.titre} » (attendue par ${modalite.id}).`,
          en: `Competency ${c.id} is not assessed: “${c.titre}” (expected by ${modalite.id}).`,
        },
        data: { id: c.id },
      }));
  },
};
