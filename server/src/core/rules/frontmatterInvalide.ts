import { yamlErrorMessage } from '../parse/yamlMessages';
import type { Rule } from './rule';

/** `frontmatter-invalide`: the front matter is not valid YAML (or not a mapping, or not closed). */
export const frontmatterInvalide: Rule<'frontmatter-invalide'> = {
  code: 'frontmatter-invalide',
  defaultSeverity: 'error',
  description: {
    fr: 'Le front matter (entre les lignes ---) doit être du YAML valide décrivant des clés : valeur.',
    en: 'The front matter (between --- lines) must be valid YAML mapping keys to values.',
  },
  check({ model }) {
    return (model.frontMatter?.errors ?? []).map((e) => ({
      span: e.span,
      messages: e.unclosed
        ? { fr: 'Front matter non fermé : ajoutez une ligne --- après les clés.', en: 'Front matter not closed: add a --- line after the keys.' }
        : e.message === 'not-a-mapping'
          ? { fr: 'Front matter invalide : des lignes « clé: valeur » sont attendues.', en: 'Invalid front matter: "key: value" lines are expected.' }
          : invalid(e.messages ?? yamlErrorMessage(e.code, e.message)),
    }));
  },
};

function invalid(m: { fr: string; en: string }): { fr: string; en: string } {
  return { fr: `Front matter YAML invalide : ${m.fr}.`, en: `Invalid YAML front matter: ${m.en}.` };
}
