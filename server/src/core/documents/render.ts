/**
 * One exam document in one format (FORMAT.md §10), from its Markdown: `md`
 * as is, `html` one standalone printable page (html.ts), `docx` a Word file
 * (docx.ts), `csv` the grid's rows (csv.ts, the grid only). `pdf` is the HTML
 * printed by a local Chromium, outside the core (server/src/documents/pdf.ts).
 */
import type { Lang } from '../i18n';
import { gridCsv } from './csv';
import { documentDocx } from './docx';
import { documentHtml } from './html';
import type { DocumentFormat, ExamDocument } from './types';

/** The formats a pure renderer gives (`pdf` is the HTML printed by a Chromium, outside the core). */
export type RenderedFormat = Exclude<DocumentFormat, 'pdf'>;

/** Renders a document: text for md, html and csv, bytes for docx. */
export async function renderDocument(doc: ExamDocument, format: RenderedFormat, lang: Lang): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return doc.markdown;
    case 'html':
      return documentHtml(doc, lang);
    case 'docx':
      return documentDocx(doc, lang);
    case 'csv':
      if (!doc.grid) {
        throw new Error(
          lang === 'en'
            ? `the csv format is for the evaluation grid only (--version grille), not the ${doc.kind} document`
            : `le format csv est réservé à la grille d’évaluation (--version grille), pas au document ${doc.kind}`,
        );
      }
      return gridCsv(doc.grid, lang);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
