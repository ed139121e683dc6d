import type { Rule } from './rule';

/** `modalite-absente`: a draft that does not say which modality it is written for. */
export const modaliteAbsente: Rule<'modalite-absente'> = {
  code: 'modalite-absente',
  defaultSeverity: 'warning',
  description: {
    fr: 'Un sujet doit indiquer sa modalité d’évaluation (modalite: M1…) dans son front matter.',
    en: 'A subject must state its evaluation modality (modalite: M1…) in its front matter.',
  },
  check({ model }) {
    const v = model.frontMatter?.modalite;
    // A value that is not text is modalite-inconnue's (it says what is wrong with it).
    if (v?.value || v?.notText) return [];
    return [{
      span: { start: model.lines.lineStart(0), end: model.lines.lineEnd(0) },
      messages: {
        fr: 'Modalité absente : indiquez « modalite: M1 » (ou M2, M3, M4) dans le front matter pour vérifier la couverture.',
        en: 'Missing modality: add "modalite: M1" (or M2, M3, M4) to the front matter to check coverage.',
      },
    }];
  },
};
