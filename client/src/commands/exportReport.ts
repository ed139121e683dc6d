/**
 * `rncp.exportReport`: asks for a format and a file, then writes the coverage report
 * (Markdown, CSV or HTML). Tests and the matrix pass `{format, target}` to skip the questions.
 */
import * as vscode from 'vscode';
import { EXTENSIONS, type ReportFormat, reportContent, showExportFailure, writeReport } from '../export/report';
import { t } from '../i18n';
import type { Services } from '../services';

/** Arguments of the command, all optional. */
export interface ExportArgs {
  format?: ReportFormat;
  target?: vscode.Uri | string;
}

/** Registers the command; it resolves to the file written, or undefined when cancelled or refused. */
export function registerExportReport(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.exportReport', async (args: ExportArgs = {}) => {
    const picked = args.format === undefined;
    const format = args.format ?? (await pickFormat());
    if (!format) return undefined;
    const target = args.target
      ? (typeof args.target === 'string' ? vscode.Uri.parse(args.target) : args.target)
      : await vscode.window.showSaveDialog({
        defaultUri: defaultTarget(format),
        filters: { [format.toUpperCase()]: [EXTENSIONS[format]] },
        saveLabel: t('Export'),
        title: t('Export the coverage report'),
      });
    if (!target) return undefined;
    try {
      const content = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: t('Exporting the coverage report…') },
        () => reportContent(format, s.client, s.store),
      );
      await writeReport(target, content);
    } catch (e) {
      showExportFailure(e, s.output, (why) => t('The report could not be exported: {0}', why));
      return undefined;
    }
    const open = t('Open');
    // The printable page goes straight to the browser (VS Code would show its HTML source).
    if (format === 'html' && picked) void vscode.env.openExternal(target);
    void vscode.window.showInformationMessage(t('Coverage report written to {0}.', vscode.workspace.asRelativePath(target)), open).then((pick) => {
      if (pick !== open) return;
      if (format === 'markdown') void vscode.commands.executeCommand('markdown.showPreview', target);
      else if (format === 'html') void vscode.env.openExternal(target);
      else void vscode.commands.executeCommand('vscode.open', target);
    });
    return target;
  });
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  // The jury's printed report first: it is what most exports are for.
  const items: (vscode.QuickPickItem & { format: ReportFormat })[] = [
    { label: t('Report to print for the jury'), description: t('HTML page, opened in the browser'), detail: t('Coverage of each subject, missing criteria, errors and warnings, with room for the jury’s notes.'), format: 'html' },
    { label: t('Report as text'), description: t('Markdown file'), detail: t('The same report, to paste into a document or a message.'), format: 'markdown' },
    { label: t('Matrix for a spreadsheet'), description: t('CSV file'), detail: t('One row per subject, one column per competency.'), format: 'csv' },
  ];
  return (await vscode.window.showQuickPick(items, { title: t('Export the coverage report'), placeHolder: t('Format of the report') }))?.format;
}

function defaultTarget(format: ReportFormat): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, `${t('coverage-report')}.${EXTENSIONS[format]}`);
}
