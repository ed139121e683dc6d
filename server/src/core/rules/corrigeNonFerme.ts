import type { Rule } from './rule';

/**
 * `corrige-non-ferme`: a `:::corrige` or `:::jury` container never closed
 * (FORMAT.md §9), on its opening line: it runs to the end of its list item or of
 * the document, so the candidate's version would lose everything after it.
 */
export const corrigeNonFerme: Rule<'corrige-non-ferme'> = {
  code: 'corrige-non-ferme',
  defaultSeverity: 'error',
  description: {
    fr: 'Un bloc corrigé ou jury se ferme par une ligne de trois deux-points (:::), sinon il englobe tout ce qui le suit.',
    en: 'An answer key or jury block (:::corrige, :::jury) ends with a line of three colons, otherwise it swallows everything after it.',
  },
  check({ model }) {
    return model.containers
      .filter((c) => !c.closed)
      .map((c) => ({
        span: c.opening,
        messages: {
          fr: `Bloc ${c.name === 'corrige' ? 'corrigé' : 'jury'} (:::${c.name}) jamais fermé\u00a0: ajouter après son contenu une ligne de trois deux-points (:::), sinon la version candidat perdrait tout ce qui le suit.`,
          en: `${c.name === 'corrige' ? 'Answer key' : 'Jury'} block (:::${c.name}) never closed: add a line of three colons (:::) after its content, or the candidate’s version would lose everything after it.`,
        },
      }));
  },
};
