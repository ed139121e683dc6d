/**
 * Language-neutral texts and facts derived from the coverage model. Pure (no `vscode`),
 * so the matrix model and the CSV export can use them and be unit-tested.
 */
import type { CoverageStatus } from '../../server/src/core/coverage';
import type { DraftCoverage } from '../../server/src/core/protocol';

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

/** Points with a decimal comma in French and at most two decimals (`1,5`, `0,33`), as the server writes them. */
export function formatPoints(value: number, lang: string): string {
  const s = String(Math.round(value * 100) / 100);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** `3 pts`, `1,5 pt` (French singular below 2), `1 pt`: the short form of rows and cells. */
export function ptsShort(value: number, lang: string): string {
  const one = lang === 'fr' ? Math.abs(value) < 2 : value === 1;
  return `${formatPoints(value, lang)} ${one ? 'pt' : 'pts'}`;
}

/** A share (0–1) as a whole percentage: `15 %` in French (no-break space), `15%` in English. */
export function percent(share: number, lang: string): string {
  const p = Math.round(share * 100);
  return lang === 'fr' ? `${p}\u00a0%` : `${p}%`;
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

/** Minutes as the server writes them: `4 h`, `3 h 30`, `45 min`. */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = Math.round(total - h * 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
