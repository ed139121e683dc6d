/**
 * Points, shares and minutes as people read them, French and English: `1,5`,
 * `3 pts`, `1,5 point`, `15 %`, `3 h 30`. One definition for the core's reports
 * and messages and the client's panel and matrix: it imports nothing, so the
 * client shares it (test/tidy/layering.ts, SHARED).
 */

/** A language, as `core/i18n.ts` names them (`'fr' | 'en'`; anything else reads as English). */
type Lang = string;

/** Points with a decimal comma in French and at most two decimals (`1,5`, `0,33`). */
export function formatPoints(value: number, lang: Lang = 'fr'): string {
  const s = String(Math.round(value * 100) / 100);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** French keeps the singular below 2 (`1,5 point`), English only for 1. */
function singular(n: number, lang: Lang): boolean {
  return lang === 'fr' ? Math.abs(n) < 2 : n === 1;
}

/** `1,5 point`, `6 points`. */
export function pointsWord(n: number, lang: Lang): string {
  return `${formatPoints(n, lang)} ${singular(n, lang) ? 'point' : 'points'}`;
}

/** `3 pts`, `1,5 pt`, `1 pt`: the short form of rows and cells. */
export function ptsShort(n: number, lang: Lang): string {
  return `${formatPoints(n, lang)} ${singular(n, lang) ? 'pt' : 'pts'}`;
}

/** A share (0–1) as a whole percentage: `15 %` in French (no-break space), `15%` in English. */
export function percent(share: number, lang: Lang): string {
  const p = Math.round(share * 100);
  return lang === 'fr' ? `${p}\u00a0%` : `${p}%`;
}

/** Minutes as French reads them: `4 h`, `3 h 30`, `45 min`. */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = Math.round(total - h * 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
