/** textDocument/documentSymbol and workspace/symbol. */
import type { CancellationToken, DocumentSymbol, DocumentSymbolParams, SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver';
import { documentSymbols, workspaceSymbols } from '../core/features/symbols';
import type { ServerContext } from '../context';

/** The headings outline of a draft, with its answer keys and notes to the jury. */
export async function onDocumentSymbol(ctx: ServerContext, params: DocumentSymbolParams, _token: CancellationToken): Promise<DocumentSymbol[]> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  return entry ? documentSymbols(entry.analysis.model, ctx.settings().lang, entry.analysis.questions) : [];
}

/** Competencies and criteria where they are tagged, across the workspace's drafts. */
export async function onWorkspaceSymbol(ctx: ServerContext, params: WorkspaceSymbolParams, token: CancellationToken): Promise<SymbolInformation[]> {
  await ctx.docs.freshAll();
  return workspaceSymbols(ctx.index.all(), params.query, () => token.isCancellationRequested);
}
