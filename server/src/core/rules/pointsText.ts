/**
 * Points and durations in messages, French and English: `1,5 point`, `6 points`,
 * `3 h 30`. Shared by the barème rules and the editor features.
 */
import type { Localized } from '../i18n';
import { formatMinutes, pointsWord } from '../pointsFormat';

/** `1,5 point` / `1.5 points`: French keeps the singular below 2. */
export function pointsText(value: number): Localized {
  return { fr: pointsWord(value, 'fr'), en: pointsWord(value, 'en') };
}

/** `3 h 30` in both languages. */
export function minutesText(minutes: number): Localized {
  const t = formatMinutes(minutes);
  return { fr: t, en: t };
}

/** A section title without its tags and marks (`Dossier 2 — Analyse`). */
export function bareTitle(title: string): string {
  return title.replace(/\{[^}]*\}/g, '').replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
}
