/** The custom request `rncp/coverage`: the coverage model of one draft or of every known draft. */
import type { CancellationToken } from 'vscode-languageserver';
import { draftCoverage } from '../core/features/coverage';
import type { CoverageParams, CoverageResult } from '../core/protocol';
import type { ServerContext } from '../context';

/** One draft (when `uri` is given and is a draft) or all of them, sorted by URI. */
export async function onCoverage(ctx: ServerContext, params: CoverageParams | undefined, token: CancellationToken): Promise<CoverageResult> {
  if (params?.uri) {
    const entry = await ctx.docs.fresh(params.uri);
    return { drafts: entry ? [draftCoverage(entry.uri, entry.analysis, entry.version)] : [] };
  }
  await ctx.docs.freshAll();
  const drafts = [];
  for (const e of ctx.index.all()) {
    if (token.isCancellationRequested) return { drafts: [] };
    drafts.push(draftCoverage(e.uri, e.analysis, e.version));
  }
  return { drafts };
}
