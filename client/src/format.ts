/** Translated texts built from the coverage model (the panel, the status bar tooltip, the matrix). */
import type { DraftCoverage } from '../../server/src/core/protocol';
import type { DisplayStatus } from './coverageText';
import { t } from './i18n';

export { baseName, draftStatus, type DisplayStatus, shortSummary } from './coverageText';

/** `M1 · 3/5 compétences · 9/22 critères`, in the UI language. */
export function longSummary(d: DraftCoverage): string {
  if (!d.counts) return d.modaliteValue ? t('Unknown modality “{0}”', d.modaliteValue) : t('No modality');
  const m = d.modalite?.id ?? d.modaliteValue ?? '—';
  return t('{0} · {1}/{2} competencies · {3}/{4} criteria', m, d.counts.competences.tagged, d.counts.competences.total, d.counts.criteres.covered, d.counts.criteres.total);
}

/** The word for a status, in the UI language. */
export function statusLabel(s: DisplayStatus): string {
  switch (s) {
    case 'complete': return t('complete');
    case 'partielle': return t('partial');
    case 'absente': return t('missing');
    case 'hors-modalite': return t('outside the modality');
  }
}
