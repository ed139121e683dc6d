/**
 * textDocument/definition: a competency, criterion or modality's entry in the
 * référentiel file in force (the bundled YAML, or the file the draft names).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CancellationToken, DefinitionParams, Location } from 'vscode-languageserver/node';
import type { DraftAnalysis } from '../core/analyze';
import { referentielEntryRange } from '../core/features/definition';
import { targetAt } from '../core/features/locate';
import type { ServerContext } from '../context';
import { readFileChecked, readFileCheckedAsync } from '../files/readFile';
import { pathToUri } from '../uris';

/** The location of the entry under the cursor in its référentiel file. */
export async function onDefinition(ctx: ServerContext, params: DefinitionParams, _token: CancellationToken): Promise<Location | null> {
  const entry = await ctx.docs.fresh(params.textDocument.uri);
  if (!entry?.analysis.referentiel) return null;
  const { model } = entry.analysis;
  const target = targetAt(model, model.lines.offsetAt(params.position));
  if (!target || target.kind === 'range') return null;
  const file = referentielFile(entry.analysis, ctx.referentielDir);
  if (!file) return null;
  const read = await readFileCheckedAsync(file, ctx.settings().maxFileSize);
  if (!read.ok) return null;
  const text = read.bytes.toString('utf8');
  if (target.kind === 'referentiel') return { uri: pathToUri(file), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  const id = target.kind === 'modalite' ? target.value : target.id;
  const range = referentielEntryRange(text, id);
  return range ? { uri: pathToUri(file), range } : null;
}

/** The file a draft's référentiel was loaded from. */
export function referentielFile(analysis: DraftAnalysis, bundledDir: string): string | undefined {
  const value = analysis.model.frontMatter?.referentiel?.value;
  if (value && /\.(ya?ml|json)$/i.test(value)) return path.resolve(path.dirname(analysis.model.fileName), value);
  const id = analysis.referentiel?.id.toLowerCase();
  if (!id) return undefined;
  let names: string[];
  try {
    names = fs.readdirSync(bundledDir).filter((n) => /\.ya?ml$/i.test(n));
  } catch {
    return undefined;
  }
  // Bundled files are named after their id; otherwise the file whose `id:` line says so.
  const named = names.find((n) => n.replace(/\.ya?ml$/i, '').toLowerCase() === id);
  if (named) return path.join(bundledDir, named);
  return names.map((n) => path.join(bundledDir, n)).find((f) => {
    try {
      return new RegExp(`^id:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`, 'im').test(readText(f));
    } catch {
      return false;
    }
  });
}

/** The text of a bundled référentiel file (bounded read; empty when unreadable). */
function readText(file: string): string {
  const read = readFileChecked(file, 20_000_000);
  return read.ok ? read.bytes.toString('utf8') : '';
}
