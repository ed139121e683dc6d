import type { Rule } from './rule';

/** `referentiel-inconnu`: `referentiel` is neither bundled nor a readable référentiel file. */
export const referentielInconnu: Rule<'referentiel-inconnu'> = {
  code: 'referentiel-inconnu',
  defaultSeverity: 'error',
  description: {
    fr: 'Le référentiel doit être un identifiant fourni (mdc-2023) ou le chemin d’un fichier de référentiel lisible.',
    en: 'The référentiel must be a bundled id (mdc-2023) or the path of a readable référentiel file.',
  },
  check({ model, referentielError }) {
    const v = model.frontMatter?.referentiel;
    if (!v || !referentielError) return [];
    return [{ span: v.span, messages: referentielError }];
  },
};
