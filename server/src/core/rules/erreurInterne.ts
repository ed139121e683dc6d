import type { Rule, RuleFinding } from './rule';

/**
 * `erreur-interne`: the analysis itself failed (a bug of rncp, not of the draft).
 * The author sees one diagnostic on the first line instead of a stack trace;
 * the adapters log the error once.
 */
export const erreurInterne: Rule<'erreur-interne'> = {
  code: 'erreur-interne',
  defaultSeverity: 'error',
  description: {
    fr: 'L’analyse du sujet a échoué à cause d’une erreur interne de rncp (à signaler).',
    en: 'The analysis of the subject failed because of an internal error of rncp (please report it).',
  },
  check({ model }) {
    return model.internalError === undefined ? [] : [internalErrorFinding(model.lines.lineEnd(0), model.internalError)];
  },
};

/** The finding for an internal error (`what`: the failing part and its message), on the first line. */
export function internalErrorFinding(lineEnd: number, what: string): RuleFinding {
  const short = what.split('\n')[0].slice(0, 200);
  return {
    span: { start: 0, end: lineEnd },
    messages: {
      fr: `Erreur interne de rncp : le sujet n’est pas entièrement analysé (${short}). Merci de la signaler.`,
      en: `Internal error of rncp: the subject is not fully analysed (${short}). Please report it.`,
    },
  };
}
