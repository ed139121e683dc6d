/**
 * One exam document in one format (FORMAT.md §10), from its Markdown: `md`
 * as is; `html`, `docx` and `csv` by their renderers. Scaffolding while the
 * renderers are written (issue 12): only `md` is rendered here.
 */
import type { Lang } from '../i18n';
import type { DocumentFormat, ExamDocument } from './types';

/** The formats a pure renderer gives (`pdf` is the HTML printed by a Chromium, outside the core). */
export type RenderedFormat = Exclude<DocumentFormat, 'pdf'>;

/** Renders a document: text for md, html and csv, bytes for docx. */
export async function renderDocument(doc: ExamDocument, format: RenderedFormat, _lang: Lang): Promise<string | Uint8Array> {
  if (format === 'md') return doc.markdown;
  throw new Error(`format ${format} not rendered yet`);
}
