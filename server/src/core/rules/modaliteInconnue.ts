import { notTextMessage } from '../parse/notText';
import type { Rule } from './rule';

/** `modalite-inconnue`: the `modalite` value is not a modality of the référentiel. */
export const modaliteInconnue: Rule<'modalite-inconnue'> = {
  code: 'modalite-inconnue',
  defaultSeverity: 'error',
  description: {
    fr: 'La modalité doit être l’une de celles du référentiel.',
    en: 'The modality must be one of the référentiel’s.',
  },
  check({ model, referentiel, modalite }) {
    const v = model.frontMatter?.modalite;
    if (v?.notText) return [{ span: v.span, messages: notTextMessage('modalite', v) }];
    if (!v?.value || !referentiel || modalite) return [];
    const known = referentiel.modalites.map((m) => m.id).join(', ');
    return [{
      span: v.span,
      messages: {
        fr: `Modalité inconnue « ${v.value} » dans le référentiel « ${referentiel.titre} » (attendu : ${known}).`,
        en: `Unknown modality "${v.value}" in the référentiel “${referentiel.titre}” (expected: ${known}).`,
      },
    }];
  },
};
