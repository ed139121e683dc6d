/** textDocument/hover. */
import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver';
import { hover } from '../core/features/hover';
import type { ServerContext } from '../context';

/** The hover of a draft at a position; null elsewhere. */
export async function onHover(ctx: ServerContext, params: HoverParams, _token: CancellationToken): Promise<Hover | null> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  return (entry && hover(entry.analysis, params.position, ctx.settings().lang)) ?? null;
}
