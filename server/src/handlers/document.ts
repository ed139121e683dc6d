/**
 * `rncp/document`: one exam document of a draft (FORMAT.md §10) for the export
 * commands and the candidate's preview. The same core functions as `rncp export`
 * (`buildDocument`, `renderDocument`) on the text the editor shows; the client writes
 * the file it chose, the server writes nothing.
 */
import type { CancellationToken } from 'vscode-languageserver';
import { toBase64 } from '../core/base64';
import { buildDocument } from '../core/documents/build';
import { documentFileName } from '../core/documents/fileName';
import { renderDocument } from '../core/documents/render';
import type { DocumentKind } from '../core/documents/types';
import type { DocumentParams, DocumentResult } from '../core/protocol';
import type { ServerContext } from '../context';

const KINDS: readonly DocumentKind[] = ['candidat', 'correcteur', 'grille'];
const FORMATS: readonly DocumentParams['format'][] = ['md', 'html', 'docx', 'csv'];

/** The answer when there is nothing to export: blocked, with why. */
function refused(fr: string, en: string, fileName = ''): DocumentResult {
  return { title: '', fileName, blocked: { fr, en }, warnings: [] };
}

/** The document, rendered; a non-draft, an unknown URI or bad parameters give a blocked result. */
export async function onDocument(ctx: ServerContext, params: DocumentParams | undefined, token: CancellationToken): Promise<DocumentResult> {
  if (!params || typeof params.uri !== 'string' || !KINDS.includes(params.kind) || !FORMATS.includes(params.format)) {
    return refused('demande de document invalide.', 'invalid document request.');
  }
  if (params.format === 'csv' && params.kind !== 'grille') {
    return refused('le format CSV est réservé à la grille d’évaluation.', 'the CSV format is for the evaluation grid only.');
  }
  const entry = await ctx.docs.fresh(params.uri);
  if (!entry) return refused('ce fichier n’est pas un sujet d’examen RNCP.', 'this file is not an RNCP exam subject.');
  const lang = ctx.settings().lang;
  const doc = buildDocument(entry.analysis, params.kind, lang);
  const fileName = documentFileName(entry.fileName, params.kind, params.format);
  if (doc.blocked) return { title: doc.title, fileName, blocked: doc.blocked, warnings: doc.warnings };
  if (token.isCancellationRequested) return refused('demande annulée.', 'request cancelled.', fileName);
  let rendered: string | Uint8Array;
  try {
    rendered = await renderDocument(doc, params.format, lang);
  } catch (e) {
    // Said to the client as a refusal (the preview falls back to Markdown), logged for the author.
    const why = e instanceof Error ? e.message : String(e);
    ctx.log.error(`rncp: rncp/document ${params.kind} ${params.format} of ${params.uri} failed: ${why}`);
    return { ...refused(`le document n’a pas pu être produit en ${params.format.toUpperCase()}\u00a0: ${why}`, `the document could not be rendered as ${params.format.toUpperCase()}: ${why}`, fileName), title: doc.title };
  }
  const content = typeof rendered === 'string' ? { text: rendered } : { base64: toBase64(rendered) };
  return { title: doc.title, fileName, ...content, warnings: doc.warnings };
}
