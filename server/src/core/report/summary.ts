/** One-line coverage summaries, shared by the text report, the status bar and code lens. */
import type { Coverage } from '../coverage';
import type { Lang } from '../i18n';
import { formatPoints } from '../parse/marks';

/** `M1 · 3/5 compétences · 9/22 critères`. */
export function coverageSummary(c: Coverage, lang: Lang): string {
  const comp = lang === 'fr' ? 'compétences' : 'competencies';
  const crit = lang === 'fr' ? 'critères' : 'criteria';
  return `${c.modalite} · ${c.counts.competences.tagged}/${c.counts.competences.total} ${comp} · ${c.counts.criteres.covered}/${c.counts.criteres.total} ${crit}`;
}

/**
 * The subject's points: `19/20 points` against its `bareme`, `18 points` without one,
 * nothing when the subject has no points mark.
 */
export function pointsSummary(c: Pick<Coverage, 'points'>, lang: Lang): string {
  const { total, bareme } = c.points ?? {};
  if (total === undefined) return '';
  if (bareme !== undefined) return `${formatPoints(total, lang)}/${formatPoints(bareme, lang)} points`;
  return pointsWord(total, lang);
}

/** `1 point`, `1,5 point`, `3 points` (French singular below 2); `1.5 points` in English. */
export function pointsWord(n: number, lang: Lang): string {
  const one = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
  return `${formatPoints(n, lang)} ${one ? 'point' : 'points'}`;
}

/** `3 pts`, `1,5 pt` (French singular below 2), `1 pt`: the short form of tables and cells. */
export function ptsShort(n: number, lang: Lang): string {
  const one = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
  return `${formatPoints(n, lang)} ${one ? 'pt' : 'pts'}`;
}

/** A share (0–1) as a whole percentage: `15 %` in French (no-break space), `15%` in English. */
export function percent(share: number, lang: Lang): string {
  const p = Math.round(share * 100);
  return lang === 'fr' ? `${p}\u00a0%` : `${p}%`;
}
