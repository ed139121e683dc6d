/** One-line coverage summaries, shared by the text report, the status bar and code lens. */
import type { Coverage } from '../coverage';
import type { Lang } from '../i18n';
import { formatPoints, percent, pointsWord, ptsShort } from '../pointsFormat';

export { percent, pointsWord, ptsShort };

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



