/** textDocument/references and textDocument/documentHighlight. */
import type { CancellationToken, DocumentHighlight, DocumentHighlightParams, Location, ReferenceParams } from 'vscode-languageserver';
import { codeIdAt, highlights, references } from '../core/features/references';
import type { ServerContext } from '../context';

/** Every tag of the competency (or criterion) under the cursor, across the workspace. */
export async function onReferences(ctx: ServerContext, params: ReferenceParams, token: CancellationToken): Promise<Location[]> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  const id = entry && codeIdAt(entry.analysis, params.position);
  if (!id) return [];
  await ctx.docs.freshAll();
  return references(ctx.index.all(), id, () => token.isCancellationRequested);
}

/** The tags of the same code in the current draft. */
export async function onDocumentHighlight(ctx: ServerContext, params: DocumentHighlightParams, _token: CancellationToken): Promise<DocumentHighlight[]> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  return entry ? highlights(entry.analysis, params.position) : [];
}
