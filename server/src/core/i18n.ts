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

/** 100000 → `100 000` / `100,000` (`sep`), without depending on the runtime's locale data. */
export function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
