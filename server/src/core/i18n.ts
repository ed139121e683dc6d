/** Message languages: French first, English second. */
export type Lang = 'fr' | 'en';

/** A text in both languages. */
export interface Localized {
  fr: string;
  en: string;
}

/** Picks a supported language from a locale tag (`en-US` → `en`); French otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'fr';
}
