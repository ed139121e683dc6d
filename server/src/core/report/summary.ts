/** One-line coverage summaries, shared by the text report, the status bar and code lens. */
import type { Coverage } from '../coverage';
import type { Lang } from '../i18n';

/** `M1 · 3/5 compétences · 9/22 critères`. */
export function coverageSummary(c: Coverage, lang: Lang): string {
  const comp = lang === 'fr' ? 'compétences' : 'competencies';
  const crit = lang === 'fr' ? 'critères' : 'criteria';
  return `${c.modalite} · ${c.counts.competences.tagged}/${c.counts.competences.total} ${comp} · ${c.counts.criteres.covered}/${c.counts.criteres.total} ${crit}`;
}
