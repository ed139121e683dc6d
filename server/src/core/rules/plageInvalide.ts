import type { Rule, RuleFinding } from './rule';

/** `plage-invalide`: a range whose start is after its end, or whose bound is a criterion. */
export const plageInvalide: Rule<'plage-invalide'> = {
  code: 'plage-invalide',
  defaultSeverity: 'error',
  description: {
    fr: 'Une plage va d’une compétence à une compétence suivante ({C1-C5}) ; ses bornes ne sont pas des critères.',
    en: 'A range goes from a competency to a later one ({C1-C5}); its bounds are not criteria.',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    for (const tag of model.tags) {
      for (const item of tag.items) {
        if (item.kind !== 'range') continue;
        const text = model.text.slice(item.span.start, item.span.end);
        if (item.from.critere !== undefined || item.to.critere !== undefined) {
          out.push({
            span: item.span,
            messages: {
              fr: `Plage invalide ${text.toUpperCase()} : ses bornes doivent être des compétences, pas des critères.`,
              en: `Invalid range ${text.toUpperCase()}: its bounds must be competencies, not criteria.`,
            },
          });
        } else if (item.from.competence > item.to.competence) {
          out.push({
            span: item.span,
            messages: {
              fr: `Plage invalide ${text.toUpperCase()} : le début est après la fin (écrire ${item.to.id}-${item.from.id}).`,
              en: `Invalid range ${text.toUpperCase()}: its start is after its end (write ${item.to.id}-${item.from.id}).`,
            },
            data: { replacement: `${item.to.id}${dash(text)}${item.from.id}` },
          });
        }
      }
    }
    return out;
  },
};

/** Keeps the author's dash and spacing when swapping the bounds. */
function dash(text: string): string {
  return /\s*[-–]\s*/.exec(text)?.[0] ?? '-';
}
