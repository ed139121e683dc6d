/**
 * Produces the export in each format and writes it safely. The data comes from the
 * server: Markdown is the server's rendering of its analyses (`rncp/report`, identical
 * to `rncp check --format markdown`), HTML is that Markdown rendered by VS Code's own
 * Markdown engine, CSV is the matrix built from `rncp/coverage`.
 */
import * as vscode from 'vscode';
import { isCaseStudyName, mayBeDraft } from '../../../server/src/core/maybeDraft';
import { loadMatrix } from '../coveragePanel/matrixView';
import type { CoverageStore } from '../coverageStore';
import { statusLabel } from '../format';
import { t, uiLang } from '../i18n';
import type { RncpClient } from '../languageClient';
import { matrixCsv } from './csv';
import { cleanPreviewHtml, preformatted, reportPage } from './htmlPage';

/** The export formats. */
export type ReportFormat = 'markdown' | 'csv' | 'html';

/** File extension of each format. */
export const EXTENSIONS: Record<ReportFormat, string> = { markdown: 'md', csv: 'csv', html: 'html' };

/** The export's text in a format. */
export async function reportContent(format: ReportFormat, client: RncpClient, store: CoverageStore): Promise<string> {
  switch (format) {
    case 'markdown':
      return client.report({ format: 'markdown' });
    case 'html': {
      const markdown = await client.report({ format: 'markdown' });
      let body: string;
      try {
        body = cleanPreviewHtml(await vscode.commands.executeCommand<string>('markdown.api.render', markdown));
      } catch {
        body = preformatted(markdown);
      }
      return reportPage(body || preformatted(markdown), t('RNCP coverage report'), uiLang());
    }
    case 'csv': {
      const model = await loadMatrix(store);
      return matrixCsv(model, {
        path: t('Subject'), titre: t('Title'), modalite: t('Modality'), summary: t('Score'),
        status: { complete: statusLabel('complete'), partielle: statusLabel('partielle'), absente: statusLabel('absente'), 'hors-modalite': statusLabel('hors-modalite') },
      });
    }
  }
}

/** Thrown when the chosen file is a draft: an export never replaces a subject. */
export class DraftTargetError extends Error {}

/**
 * Writes the export to `target`, refusing a draft (a `*.cas.md` name, or an existing
 * Markdown file whose front matter may make it a draft: decided without the YAML
 * parser, which stays out of the extension bundle).
 */
export async function writeReport(target: vscode.Uri, content: string): Promise<void> {
  await writeExport(target, new TextEncoder().encode(content), (name) => t('{0} is an exam subject: the report is never written over a subject.', name));
}

/**
 * Writes exported bytes to `target` unless it is a draft (see `writeReport`); `refusal` says why,
 * given the file's name. The only write of an export.
 */
export async function writeExport(target: vscode.Uri, bytes: Uint8Array, refusal: (name: string) => string): Promise<void> {
  await refuseDraftTarget(target, refusal);
  await vscode.workspace.fs.writeFile(target, bytes);
}

/**
 * Says why an export was not written: a refused draft target as is, any other failure through
 * `failed` (given the error's message) and in the log.
 */
export function showExportFailure(e: unknown, output: vscode.LogOutputChannel, failed: (why: string) => string): void {
  const message = e instanceof DraftTargetError ? e.message : failed(e instanceof Error ? e.message : String(e));
  void vscode.window.showErrorMessage(message);
  if (!(e instanceof DraftTargetError)) output.error(e instanceof Error ? e : String(e));
}

/** Throws a `DraftTargetError` when `target` is a draft or may be one. */
export async function refuseDraftTarget(target: vscode.Uri, refusal: (name: string) => string): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  if (isCaseStudyName(name)) throw new DraftTargetError(refusal(name));
  const existing = await vscode.workspace.fs.readFile(target).then((b) => new TextDecoder().decode(b), () => undefined);
  if (existing !== undefined && mayBeDraft(name, existing)) throw new DraftTargetError(refusal(name));
}
