/**
 * `rncp/referentiel` and `rncp/report`: the référentiel in force and the
 * reviewer's report, rendered by the same core functions as the CLI's, so the
 * client never reads référentiel files nor re-analyses drafts.
 */
import type { CancellationToken } from 'vscode-languageserver';
import type { ReferentielResult, ReferentielParams, ReportParams, ReportResult } from '../core/protocol';
import type { FileReport } from '../core/report/files';
import { markdownReport } from '../core/report/markdown';
import { referentielJson } from '../core/report/referentielJson';
import type { ServerContext } from '../context';
import { segmentsUnder } from '../uriPaths';
import { uriKey } from '../uris';
import type { IndexEntry } from '../workspaceIndex';

/** The référentiel of a draft; the default one without URI or for a non-draft; null when unresolved. */
export async function onReferentiel(ctx: ServerContext, params: ReferentielParams | undefined, _token: CancellationToken): Promise<ReferentielResult | null> {
  const entry = params?.uri ? await ctx.docs.fresh(params.uri) : undefined;
  const ref = entry ? entry.analysis.referentiel : ctx.store.get();
  return ref ? (referentielJson(ref) as ReferentielResult) : null;
}

/** The Markdown report of the known drafts (or of those named), in the CLI's order and paths. */
export async function onReport(ctx: ServerContext, params: ReportParams | undefined, token: CancellationToken): Promise<ReportResult> {
  await ctx.docs.freshAll();
  const wanted = params?.uris ? new Set(params.uris.map(uriKey)) : undefined;
  const entries = ctx.index.all().filter((e) => !wanted || wanted.has(uriKey(e.uri)));
  if (token.isCancellationRequested) return { content: '' };
  const reports: FileReport[] = entries
    .map((e) => ({ path: shownPath(e, ctx.index.folderUris), analysis: e.analysis }))
    .sort((a, b) => comparePaths(a.path, b.path));
  return { content: markdownReport(reports, ctx.settings().lang) };
}

/** As the CLI shows a path run from the workspace folder: relative, with `/`. */
function shownPath(entry: IndexEntry, folders: readonly string[]): string {
  for (const f of folders) {
    const segments = segmentsUnder(f, entry.uri);
    if (segments?.length) return segments.join('/');
  }
  return entry.fileName.replace(/\\/g, '/');
}

/** The CLI's walk order: folder by folder, names sorted with localeCompare. */
function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = x[i].localeCompare(y[i]);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}
