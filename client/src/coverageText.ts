/**
 * Language-neutral texts and facts derived from the coverage model. Pure (no `vscode`),
 * so the matrix model and the CSV export can use them and be unit-tested.
 */
import type { CoverageStatus } from '../../server/src/core/coverage';
import type { DraftCoverage } from '../../server/src/core/protocol';
import { formatMinutes, formatPoints, percent, ptsShort } from '../../server/src/core/pointsFormat';

export { formatMinutes, formatPoints, percent, ptsShort };

/** A cell or node status: the contract's three, plus a competency tagged outside the modality. */
export type DisplayStatus = CoverageStatus | 'hors-modalite';

/** Every display status, in the order legends list them. */
export const DISPLAY_STATUSES: readonly DisplayStatus[] = ['complete', 'partielle', 'absente', 'hors-modalite'];

/** `M1 · 3/5 C · 9/22 crit.` — the status bar text (the same in both languages). */
export function shortSummary(d: DraftCoverage): string {
  if (!d.counts) return `${d.modaliteValue ?? '—'} · ?`;
  const m = d.modalite?.id ?? d.modaliteValue ?? '—';
  return `${m} · ${d.counts.competences.tagged}/${d.counts.competences.total} C · ${d.counts.criteres.covered}/${d.counts.criteres.total} crit.`;
}

/** The worst status of a draft: what its row or icon shows at a glance. */
export function draftStatus(d: DraftCoverage): DisplayStatus | undefined {
  if (!d.counts) return undefined;
  if (d.competences.some((c) => c.status === 'absente')) return 'absente';
  if (d.competences.some((c) => c.status === 'partielle')) return 'partielle';
  return 'complete';
}

/** The file name of a URI string (drafts are listed by name). */
export function baseName(uri: string): string {
  const path = decodeURIComponent(uri.replace(/[?#].*$/, ''));
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Whether a draft has points marks (its competencies' points mean something). */
export function hasPoints(d: Pick<DraftCoverage, 'points'>): boolean {
  return d.points?.total !== undefined;
}

/** `18/20 points` against the barème, `18 points` without one; '' without marks. */
export function draftPointsText(d: Pick<DraftCoverage, 'points'>, lang: string): string {
  const total = d.points?.total;
  if (total === undefined) return '';
  const bareme = d.points.bareme;
  if (bareme !== undefined) return `${formatPoints(total, lang)}/${formatPoints(bareme, lang)} points`;
  const one = lang === 'fr' ? Math.abs(total) < 2 : total === 1;
  return `${formatPoints(total, lang)} ${one ? 'point' : 'points'}`;
}

/** `3 pts (15 %)`: a competency's or bloc's points and share of the subject's. */
export function sharePoints(points: number, share: number, lang: string): string {
  return `${ptsShort(points, lang)} (${percent(share, lang)})`;
}

