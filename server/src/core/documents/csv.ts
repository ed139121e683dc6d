/**
 * The evaluation grid as CSV (FORMAT.md §10), for a spreadsheet: UTF-8 with a
 * byte order mark (so that Excel reads the accents), `;` between fields (the
 * French list separator; decimal commas in French), CRLF after each record,
 * and RFC 4180 quoting — a field holding `;`, `"`, CR or LF is quoted, its
 * quotes doubled. One record per criterion, the jury's columns left empty.
 */
import type { Lang } from '../i18n';
import type { GridData, GridRow } from './types';

const HEADERS: Record<Lang, readonly string[]> = {
  fr: ['Bloc', 'Compétence', 'Critère', 'Texte', 'Questions', 'Points', 'Acquis', 'Partiellement acquis', 'Non acquis', 'Observations'],
  en: ['Block', 'Competency', 'Criterion', 'Text', 'Questions', 'Points', 'Acquired', 'Partly acquired', 'Not acquired', 'Remarks'],
};

const NOT_ASSESSED: Record<Lang, string> = { fr: 'non évalué dans ce sujet', en: 'not assessed in this subject' };

/** One field, quoted when it must be. */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number as the language writes it (a decimal comma in French). */
function num(n: number, lang: Lang): string {
  const s = String(n);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** The fields of one criterion. */
function record(row: GridRow, lang: Lang): string[] {
  const competence = row.competenceTitre ? `${row.competence} — ${row.competenceTitre}` : row.competence;
  const questions = row.questions.length ? row.questions.map((q) => q.label).join('\n') : NOT_ASSESSED[lang];
  // One line per question, as in the Questions cell: each question's points, empty when it has no mark.
  const points = row.questions.some((q) => q.points !== undefined) ? row.questions.map((q) => (q.points === undefined ? '' : num(q.points, lang))).join('\n') : '';
  return [row.bloc, competence, row.critere, row.texte, questions, points, '', '', '', ''];
}

/** The grid as CSV text (BOM first). */
export function gridCsv(grid: GridData, lang: Lang): string {
  const lines = [HEADERS[lang], ...grid.rows.map((r) => record(r, lang))].map((fields) => fields.map(csvField).join(';') + '\r\n');
  return '\ufeff' + lines.join('');
}
