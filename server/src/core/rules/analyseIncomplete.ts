import type { Rule } from './rule';

/**
 * `analyse-incomplete`: part of the draft (or all of it) was not analysed, because
 * it breaks the analysis budget (parse/budget.ts: nesting, formatting marks, size).
 */
export const analyseIncomplete: Rule<'analyse-incomplete'> = {
  code: 'analyse-incomplete',
  defaultSeverity: 'error',
  description: {
    fr: 'Un sujet doit pouvoir être analysé en entier : imbrication, marques de mise en forme et taille restent dans des limites raisonnables.',
    en: 'A subject must be analysable in full: nesting, formatting marks and size stay within reasonable limits.',
  },
  check({ model }) {
    return model.incomplete ? [{ span: model.incomplete.span, messages: model.incomplete.messages }] : [];
  },
};
