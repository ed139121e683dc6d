/** Small helpers shared by the features that write Markdown for the editor. */
import type { Lang } from '../i18n';
import type { FormeLivrable } from '../referentiel/model';

/** Escapes référentiel text so that it shows as written (no accidental emphasis or links). */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** Picks the French or English text. */
export function tr(lang: Lang, fr: string, en: string): string {
  return lang === 'en' ? en : fr;
}

/** The words for a deliverable form. */
export function formeWord(forme: FormeLivrable, lang: Lang): string {
  const words: Record<FormeLivrable, [string, string]> = {
    'dossier-ecrit': ['dossier écrit', 'written report'],
    'diaporama-oral': ['diaporama et soutenance orale', 'slides and oral defence'],
    oral: ['soutenance orale', 'oral defence'],
  };
  return tr(lang, ...words[forme]);
}

/** A long text cut at a word boundary with an ellipsis. */
export function abridge(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** A heading's text without its tags, for outlines and inserted sections. */
export function withoutTags(text: string): string {
  return text.replace(/\s*\{[Cc]\d[^{}]*\}/g, '').replace(/\s+/g, ' ').trim();
}
