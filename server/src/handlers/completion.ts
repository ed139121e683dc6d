/** textDocument/completion. */
import type { CancellationToken, CompletionItem, CompletionParams } from 'vscode-languageserver';
import { completions } from '../core/features/completion';
import type { ServerContext } from '../context';

/** Competencies, criteria and ranges in tags; keys and values in the front matter. */
export async function onCompletion(ctx: ServerContext, params: CompletionParams, _token: CancellationToken): Promise<CompletionItem[]> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  if (!entry) return [];
  const referentiels = [...ctx.store.bundled().values()].map((r) => ({ id: r.id, titre: r.titre }));
  return completions(entry.analysis, params.position, { lang: ctx.settings().lang, referentiels });
}
