/** textDocument/codeAction: quick fixes and the source action adding missing competencies. */
import type { CancellationToken, CodeAction, CodeActionParams } from 'vscode-languageserver';
import { codeActions } from '../core/features/codeActions';
import type { ServerContext } from '../context';

/** The actions for the requested range, with their edits. */
export async function onCodeAction(ctx: ServerContext, params: CodeActionParams, _token: CancellationToken): Promise<CodeAction[]> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  if (!entry) return [];
  return codeActions(entry.analysis, params.textDocument.uri, params.range, ctx.settings().lang, params.context?.only);
}
