/**
 * The CSV export of the matrix: one row per draft, one column per competency, cells
 * holding the status word (and `n/m` criteria). Semicolon-separated with a UTF-8 BOM,
 * because that is what a spreadsheet opens directly in French locales; RFC 4180 quoting.
 */
import type { DisplayStatus } from '../coverageText';
import type { MatrixModel } from '../coveragePanel/matrixModel';

/** Column titles and status words, in the report's language. */
export interface CsvWords {
  path: string;
  titre: string;
  modalite: string;
  summary: string;
  status: Record<DisplayStatus, string>;
}

/** Renders the matrix as CSV (every référentiel's columns, in order). */
export function matrixCsv(model: MatrixModel, words: CsvWords): string {
  const columns = [...new Set(model.tables.flatMap((t) => t.groups.flatMap((g) => g.columns.map((c) => c.id))))];
  const lines = [[words.path, words.titre, words.modalite, words.summary, ...columns]];
  for (const table of model.tables) {
    for (const r of table.rows) {
      lines.push([r.path, r.titre ?? '', r.modalite, r.summary, ...columns.map((id) => {
        const c = r.cells[id];
        if (!c) return '';
        return c.total !== undefined ? `${words.status[c.status]} ${c.covered}/${c.total}` : words.status[c.status];
      })]);
    }
  }
  return `\uFEFF${lines.map((l) => l.map(quote).join(';')).join('\r\n')}\r\n`;
}

function quote(raw: string): string {
  // A cell starting like a formula would run in a spreadsheet: keep it text.
  const s = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
