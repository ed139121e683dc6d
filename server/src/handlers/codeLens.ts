/** textDocument/codeLens: the coverage count on the `modalite` line. */
import type { CancellationToken, CodeLens, CodeLensParams } from 'vscode-languageserver';
import { codeLenses } from '../core/features/codeLens';
import type { ServerContext } from '../context';

/** `3/5 compétences · 9/22 critères` above the `modalite` line. */
export async function onCodeLens(ctx: ServerContext, params: CodeLensParams, _token: CancellationToken): Promise<CodeLens[]> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  return entry ? codeLenses(entry.analysis, params.textDocument.uri, ctx.settings().lang) : [];
}
