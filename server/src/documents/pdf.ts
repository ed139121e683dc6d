/**
 * PDF = the document's HTML printed by a local Chromium (FORMAT.md §10), Node
 * only. Scaffolding while the printer is written (issue 12): it finds no
 * Chromium yet and says so, as the real one does when there is none.
 */
import type { Localized } from '../core/i18n';

/** Where to find Chromium: a path given by a flag or setting, else the PATH. */
export interface PdfOptions {
  chromium?: string;
  env?: Record<string, string | undefined>;
}

/** The PDF bytes, or why there are none (no Chromium found, printing failed). */
export type PdfResult = { ok: true; bytes: Uint8Array } | { ok: false; message: Localized };

/** Prints a standalone HTML page to PDF. */
export async function printPdf(_html: string, _options: PdfOptions = {}): Promise<PdfResult> {
  return { ok: false, message: { fr: 'impression PDF pas encore disponible', en: 'PDF printing not available yet' } };
}
