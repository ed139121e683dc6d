/**
 * textDocument/definition: a competency, criterion or modality's entry in the
 * référentiel file in force (the bundled YAML, or the file the draft names), read
 * through the workspace (or the bundle's embedded text in the browser).
 */
import type { CancellationToken, DefinitionParams, Location } from 'vscode-languageserver';
import type { DraftAnalysis } from '../core/analyze';
import { referentielEntryRange } from '../core/features/definition';
import { targetAt } from '../core/features/locate';
import type { ServerContext } from '../context';
import { isReferentielFile } from '../referentiels';
import { resolveUri } from '../uriPaths';

/** The location of the entry under the cursor in its référentiel file. */
export async function onDefinition(ctx: ServerContext, params: DefinitionParams, _token: CancellationToken): Promise<Location | null> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  if (!entry?.analysis.referentiel) return null;
  const { model } = entry.analysis;
  const target = targetAt(model, model.lines.offsetAt(params.position));
  if (!target || target.kind === 'range') return null;
  const file = await referentielFile(ctx, entry.uri, entry.analysis);
  if (!file) return null;
  if (target.kind === 'referentiel') return { uri: file.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  const id = target.kind === 'modalite' ? target.value : target.id;
  const range = referentielEntryRange(file.text, id);
  return range ? { uri: file.uri, range } : null;
}

/** The file a draft's référentiel was loaded from, and its text. */
export async function referentielFile(ctx: ServerContext, draftUri: string, analysis: DraftAnalysis): Promise<{ uri: string; text: string } | undefined> {
  const value = analysis.model.frontMatter?.referentiel?.value;
  if (value && isReferentielFile(value)) {
    const uri = resolveUri(draftUri, value.trim());
    const read = await ctx.workspace.readFile(uri, ctx.settings().maxFileSize);
    return 'bytes' in read ? { uri, text: new TextDecoder('utf-8').decode(read.bytes) } : undefined;
  }
  const id = analysis.referentiel?.id;
  const bundled = id ? ctx.store.bundledFile(id) : undefined;
  return bundled && { uri: bundled.uri, text: bundled.text };
}
