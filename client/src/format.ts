/** Translated texts built from the coverage model (the panel, the status bar tooltip, the matrix). */
import type { CompetenceCoverageInfo, DraftCoverage } from '../../server/src/core/protocol';
import { type DisplayStatus, draftPointsText, formatMinutes, formatPoints, hasPoints, percent, sharePoints } from './coverageText';
import { t, uiLang } from './i18n';

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

/** `3 pts (15 %)` for a competency of a draft with points marks; '' otherwise. */
export function competencePoints(d: Pick<DraftCoverage, 'points'>, c: Pick<CompetenceCoverageInfo, 'points' | 'share'>): string {
  return hasPoints(d) ? sharePoints(c.points ?? 0, c.share ?? 0, uiLang()) : '';
}

/** The same in full words for a tooltip: "3 points, soit 15 % des points du sujet"; '' without marks. */
export function competencePointsWords(d: Pick<DraftCoverage, 'points'>, c: Pick<CompetenceCoverageInfo, 'points' | 'share'>): string {
  if (!hasPoints(d)) return '';
  const points = c.points ?? 0;
  return pointsShareWords(points, c.share ?? 0);
}

/** "3 points, soit 15 % des points du sujet" (French singular below 2). */
export function pointsShareWords(points: number, share: number): string {
  const lang = uiLang();
  const one = lang === 'fr' ? Math.abs(points) < 2 : points === 1;
  return one
    ? t('{0} point, {1} of the subject’s points', formatPoints(points, lang), percent(share, lang))
    : t('{0} points, {1} of the subject’s points', formatPoints(points, lang), percent(share, lang));
}

/** `18/20 points` when the draft has points marks; ''. */
export function draftPoints(d: Pick<DraftCoverage, 'points'>): string {
  return draftPointsText(d, uiLang());
}

/**
 * The draft's points and duration in full words for a tooltip: "19 points sur 20 annoncés",
 * "Durée : 3 h 15 dans le sujet pour 3 h d’épreuve"; the lines that apply.
 */
export function pointsAndDurationWords(d: { points?: { total?: number; bareme?: number }; duree?: DraftCoverage['duree'] }): string[] {
  const lang = uiLang();
  const out: string[] = [];
  const total = d.points?.total;
  const bareme = d.points?.bareme;
  if (total !== undefined && bareme !== undefined) out.push(t('{0} points out of {1} announced', formatPoints(total, lang), formatPoints(bareme, lang)));
  else if (total !== undefined) out.push(t('{0} points, no barème announced', formatPoints(total, lang)));
  else if (bareme !== undefined) out.push(t('No question marked, {0} points announced', formatPoints(bareme, lang)));
  const minutes = d.duree?.minutes;
  const marques = d.duree?.marques;
  if (minutes !== undefined && marques !== undefined) out.push(t('Duration: {0} in the subject for a {1} exam', formatMinutes(marques), formatMinutes(minutes)));
  else if (minutes !== undefined) out.push(t('Duration: {0} exam', formatMinutes(minutes)));
  else if (marques !== undefined) out.push(t('Duration: {0} in the subject, exam length not announced', formatMinutes(marques)));
  return out;
}
