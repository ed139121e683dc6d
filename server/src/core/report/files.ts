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
