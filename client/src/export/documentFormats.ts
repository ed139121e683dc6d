/**
 * What the exam-document exports share, without VS Code (unit-tested): the formats each
 * document is offered in, how the written file is opened, the bytes of the server's answer.
 * PDF is not offered by the extension (README, "Exporter les documents d'examen dans
 * VS Code"): the HTML page prints to PDF from a browser, and `rncp export --format pdf` prints it.
 */
import { fromBase64 } from '../../../server/src/core/base64';
import type { DocumentParams, DocumentResult } from '../../../server/src/core/protocol';

/** Which document. */
export type DocumentKind = DocumentParams['kind'];
/** The formats the server renders. */
export type DocumentFormat = DocumentParams['format'];

/** The formats offered for a document, in the quick pick's order (Word first: what a school sends). */
export function formatsFor(kind: DocumentKind): DocumentFormat[] {
  return kind === 'grille' ? ['docx', 'html', 'csv', 'md'] : ['docx', 'html', 'md'];
}

/** How the written file is opened: by the system (Word…) or in VS Code (text formats). */
export function opensExternally(format: DocumentFormat): boolean {
  return format === 'docx';
}

/** The bytes to write: the text in UTF-8, or the decoded base64 (docx); undefined when there is none. */
export function contentBytes(result: DocumentResult): Uint8Array | undefined {
  if (result.base64 !== undefined) return fromBase64(result.base64);
  if (result.text !== undefined) return new TextEncoder().encode(result.text);
  return undefined;
}

/** The last segment of a URI path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The file name the save dialog proposes: the server's, else the draft's name with the document's. */
export function proposedName(result: DocumentResult, draftPath: string, kind: DocumentKind, format: DocumentFormat): string {
  if (result.fileName) return result.fileName;
  const base = baseName(draftPath).replace(/\.cas\.md$/i, '').replace(/\.(md|markdown)$/i, '') || 'sujet';
  return `${base}.${kind}.${format}`;
}
