import type { Rule } from './rule';

/** `critere-manquant`: an uncovered criterion of a tagged expected competency. */
export const critereManquant: Rule = {
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
      .flatMap((c) => c.criteres
        .filter((k) => !k.covered)
        .map((k) => ({
          span: c.occurrences[0].span,
          messages: {
            fr: `Critère ${k.id} non visé : « ${abridge(k.texte)} ».`,
            en: `Criterion ${k.id} is not covered: “${abridge(k.texte)}”.`,
          },
          data: { id: k.id },
        })));
  },
};

/** Criteria are long sentences: a message keeps their start. */
function abridge(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
