/**
 * What to tell an author whose `modalite` or `referentiel` is not a text
 * (`modalite: 3`, `referentiel: [./x.yaml]`) or is empty (`referentiel: ~`):
 * FORMAT.md §2 wants text, and a guess (the first item, the default
 * référentiel) would check the draft against something the author did not write.
 */
import type { Localized } from '../i18n';
import type { FrontMatterValue } from './frontMatter';

const KIND: Record<NonNullable<FrontMatterValue['notText']>, Localized> = {
  number: { fr: 'un nombre', en: 'a number' },
  boolean: { fr: 'un booléen', en: 'a boolean' },
  list: { fr: 'une liste', en: 'a list' },
  map: { fr: 'un objet', en: 'a mapping' },
  other: { fr: 'une valeur qui n’est pas un texte', en: 'a value that is not text' },
};

/** The message for a value that is not text or is empty. */
export function notTextMessage(key: 'modalite' | 'referentiel', v: FrontMatterValue): Localized {
  const example = key === 'modalite'
    ? { fr: 'un identifiant comme M1', en: 'an id such as M1' }
    : { fr: 'un identifiant fourni (mdc-2023) ou un chemin (./referentiel.yaml)', en: 'a bundled id (mdc-2023) or a path (./referentiel.yaml)' };
  if (!v.notText) {
    return {
      fr: `« ${key} » est vide : indiquez ${example.fr}, ou retirez la clé.`,
      en: `"${key}" is empty: give ${example.en}, or remove the key.`,
    };
  }
  const kind = KIND[v.notText];
  const hint = v.notText === 'number' && key === 'modalite' ? { fr: ` (M${v.value} ?)`, en: ` (M${v.value}?)` } : { fr: '', en: '' };
  return {
    fr: `« ${key} » doit être un texte, ${example.fr}, pas ${kind.fr}${hint.fr}.`,
    en: `"${key}" must be text, ${example.en}, not ${kind.en}${hint.en}.`,
  };
}
