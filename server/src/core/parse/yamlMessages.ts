/**
 * The YAML library's errors in the author's words, French and English, from
 * its error codes: its own messages are English only and speak of flow
 * collections and implicit keys. A code not listed keeps the library's text
 * (in English, after a French introduction).
 */
import type { Localized } from '../i18n';

export const YAML_MESSAGES: Readonly<Record<string, Localized>> = {
  BAD_INDENT: { fr: 'indentation incorrecte, ou crochet ou accolade non fermé', en: 'wrong indentation, or an unclosed bracket or brace' },
  TAB_AS_INDENT: { fr: 'tabulation utilisée pour indenter (utilisez des espaces)', en: 'tab used for indentation (use spaces)' },
  DUPLICATE_KEY: { fr: 'clé en double', en: 'duplicate key' },
  MISSING_CHAR: { fr: 'guillemet, crochet ou accolade non fermé', en: 'unclosed quote, bracket or brace' },
  BAD_DQ_ESCAPE: { fr: 'séquence d’échappement invalide entre guillemets', en: 'invalid escape sequence in double quotes' },
  BAD_ALIAS: { fr: 'alias vide (* seul) : mettez le texte entre guillemets', en: 'empty alias (a lone *): quote the text' },
  MULTILINE_IMPLICIT_KEY: { fr: 'une clé doit tenir sur une ligne (il manque peut-être « : »)', en: 'a key must fit on one line (maybe a missing ":")' },
  BLOCK_AS_IMPLICIT_KEY: { fr: 'valeur sur plusieurs lignes utilisée comme clé', en: 'multi-line value used as a key' },
  UNEXPECTED_TOKEN: { fr: 'caractère inattendu', en: 'unexpected character' },
  BAD_SCALAR_START: { fr: 'une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets', en: 'a value cannot start with this character: quote it' },
  MULTIPLE_DOCS: { fr: 'plusieurs documents YAML (--- au milieu)', en: 'several YAML documents (--- in the middle)' },
  KEY_OVER_1024_CHARS: { fr: 'clé de plus de 1024 caractères', en: 'key longer than 1024 characters' },
  MULTIPLE_ANCHORS: { fr: 'plusieurs ancres & sur une même valeur', en: 'several & anchors on one value' },
  MULTIPLE_TAGS: { fr: 'plusieurs étiquettes (!) sur une même valeur', en: 'several tags (!) on one value' },
  BAD_DIRECTIVE: { fr: 'directive % invalide', en: 'invalid % directive' },
  BLOCK_IN_FLOW: { fr: 'liste ou texte multiligne à l’intérieur de [ ] ou { }', en: 'block list or text inside [ ] or { }' },
};

/** The author's message for a YAML error of the library. */
export function yamlErrorMessage(code: string | undefined, libraryMessage: string): Localized {
  // The library catches its own stack overflow on absurd nesting and reports it as an error.
  if (/call stack/i.test(libraryMessage)) return { fr: 'YAML trop imbriqué pour être lu', en: 'YAML nested too deeply to be read' };
  const known = code ? YAML_MESSAGES[code] : undefined;
  if (known) return known;
  const raw = libraryMessage.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');
  return { fr: `erreur de syntaxe (${raw})`, en: `syntax error (${raw})` };
}
