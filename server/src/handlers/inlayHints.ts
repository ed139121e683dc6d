/** textDocument/inlayHint: competency titles after tags (setting `rncp.inlayHints`). */
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { inlayHints } from '../core/features/inlayHints';
import type { ServerContext } from '../context';

/** The hints of the visible range, none when the setting is off. */
export async function onInlayHint(ctx: ServerContext, params: InlayHintParams, _token: CancellationToken): Promise<InlayHint[]> {
  if (!ctx.settings().inlayHints) return [];
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  return entry ? inlayHints(entry.analysis, params.range, ctx.settings().lang) : [];
}
