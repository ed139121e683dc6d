/** The input of every report: analysed drafts with the path to show. */
import type { DraftAnalysis } from '../analyze';
import type { Diagnostic, Severity } from '../diagnostic';
import type { Lang } from '../i18n';

/** One analysed draft and its path as the report shows it (posix, relative when possible). */
export interface FileReport {
  path: string;
  analysis: DraftAnalysis;
}

/** Counts of diagnostics by severity. */
export type SeverityCounts = Record<Severity, number>;

/** Counts the diagnostics of some files by severity. */
export function countSeverities(files: FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) for (const d of f.analysis.diagnostics) counts[d.severity]++;
  return counts;
}

/** A severity's word in a language. */
export function severityWord(s: Severity, lang: Lang): string {
  const fr: Record<Severity, string> = { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'suggestion' };
  return lang === 'fr' ? fr[s] : s;
}

/** 1-based line and column, end column exclusive, as the CLI prints them. */
export function oneBased(d: Diagnostic): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

/** The status words of the reports. */
export function statusWord(status: 'complete' | 'partielle' | 'absente' | 'hors-modalite', lang: Lang): string {
  const words = {
    fr: { complete: 'complète', partielle: 'partielle', absente: 'absente', 'hors-modalite': 'hors modalité' },
    en: { complete: 'complete', partielle: 'partial', absente: 'missing', 'hors-modalite': 'outside modality' },
  };
  return words[lang][status];
}

/** Points and duration of a draft as the reports give them (null: not there, or unreadable). */
export interface PointsFigures {
  points: { total: number | null; bareme: number | null };
  duree: { minutes: number | null; marques: number | null };
}

/** The subject's points (sum of the outermost marks) and `bareme`, `duree` minutes and the sum of its duration marks. */
export function pointsFigures(analysis: DraftAnalysis): PointsFigures {
  const b = analysis.bareme;
  const n = (v: number | undefined) => (v === undefined ? null : clean(v));
  return {
    points: { total: n(b?.points.total), bareme: n(b?.bareme?.value) },
    duree: { minutes: n(b?.dureeValue?.value), marques: n(b?.duree.total) },
  };
}

/** A sum of decimal points without the float noise (`0.1 + 0.2` → `0.3`), to 6 decimals. */
export function clean(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
