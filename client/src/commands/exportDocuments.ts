/**
 * `rncp.exportCandidate`, `rncp.exportCorrector`, `rncp.exportGrid`: one exam document of
 * the active draft (FORMAT.md §10), built and rendered by the server (`rncp/document`, the
 * same functions as `rncp export`) from the text the editor shows. The author picks a format
 * and a file (beside the draft by default); a draft is never written over, a blocked document
 * is not written, warnings are confirmed first. Tests pass `{uri, format, target,
 * acceptWarnings}` to skip the questions.
 */
import * as vscode from 'vscode';
import type { DocumentResult } from '../../../server/src/core/protocol';
import { type DocumentFormat, type DocumentKind, contentBytes, formatsFor, opensExternally, proposedName } from '../export/documentFormats';
import { showExportFailure, writeExport } from '../export/report';
import { t, uiLang } from '../i18n';
import type { Services } from '../services';

/** Arguments of the commands, all optional (a menu passes the editor's URI instead). */
export interface ExportDocumentArgs {
  /** The draft (default: the active draft). */
  uri?: vscode.Uri | string;
  format?: DocumentFormat;
  target?: vscode.Uri | string;
  /** Export despite warnings without asking (tests). */
  acceptWarnings?: boolean;
}

/** Registers the three commands; each resolves to the file written, or undefined. */
export function registerExportDocuments(s: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('rncp.exportCandidate', (a?: ExportDocumentArgs | vscode.Uri) => exportDocument(s, 'candidat', a)),
    vscode.commands.registerCommand('rncp.exportCorrector', (a?: ExportDocumentArgs | vscode.Uri) => exportDocument(s, 'correcteur', a)),
    vscode.commands.registerCommand('rncp.exportGrid', (a?: ExportDocumentArgs | vscode.Uri) => exportDocument(s, 'grille', a)),
  );
}

/** The draft a command works on: the one given, else the active editor's, else the panel's. */
export function draftUri(s: Services, given?: vscode.Uri | string): vscode.Uri | undefined {
  if (given) return typeof given === 'string' ? vscode.Uri.parse(given) : given;
  const editor = vscode.window.activeTextEditor?.document;
  if (editor && (editor.languageId === 'casestudy' || editor.languageId === 'markdown')) return editor.uri;
  return s.tracker.value?.uri;
}

/** A localized text of the server in the UI language. */
function say(m: { fr: string; en: string }): string {
  return m[uiLang()];
}

/** What each document is called in the messages. */
function documentName(kind: DocumentKind): string {
  switch (kind) {
    case 'candidat': return t('the candidate’s version');
    case 'correcteur': return t('the correctors’ file');
    case 'grille': return t('the evaluation grid');
  }
}

function dialogTitle(kind: DocumentKind): string {
  switch (kind) {
    case 'candidat': return t('Export the candidate’s version');
    case 'correcteur': return t('Export the correctors’ file');
    case 'grille': return t('Generate the evaluation grid');
  }
}

async function exportDocument(s: Services, kind: DocumentKind, raw?: ExportDocumentArgs | vscode.Uri): Promise<vscode.Uri | undefined> {
  const args: ExportDocumentArgs = raw instanceof vscode.Uri ? { uri: raw } : raw ?? {};
  const uri = draftUri(s, args.uri);
  if (!uri) {
    void vscode.window.showErrorMessage(t('Open an exam subject to export {0}.', documentName(kind)));
    return undefined;
  }
  const format = args.format ?? (await pickFormat(kind));
  if (!format) return undefined;
  let result: DocumentResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Preparing {0}…', documentName(kind)) },
      () => s.client.document({ uri: uri.toString(), kind, format }),
    );
  } catch (e) {
    s.output.error(e instanceof Error ? e : String(e));
    void vscode.window.showErrorMessage(t('The document could not be exported: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  if (result.blocked) {
    void vscode.window.showErrorMessage(t('The document cannot be exported: {0}', say(result.blocked)));
    return undefined;
  }
  const bytes = contentBytes(result);
  if (!bytes) {
    void vscode.window.showErrorMessage(t('The document could not be exported: {0}', t('the server gave no content.')));
    return undefined;
  }
  if (result.warnings.length && !args.acceptWarnings) {
    const anyway = t('Export anyway');
    const pick = await vscode.window.showWarningMessage(
      t('Before exporting {0}:', documentName(kind)),
      { modal: true, detail: result.warnings.map(say).join('\n') },
      anyway,
    );
    if (pick !== anyway) return undefined;
  }
  const name = proposedName(result, uri.path, kind, format);
  const target = args.target
    ? (typeof args.target === 'string' ? vscode.Uri.parse(args.target) : args.target)
    : await vscode.window.showSaveDialog({
      defaultUri: besideDraft(uri, name),
      filters: { [format.toUpperCase()]: [format] },
      saveLabel: t('Export'),
      title: dialogTitle(kind),
    });
  if (!target) return undefined;
  try {
    await writeExport(target, bytes, (n) => t('{0} is an exam subject: an exported document is never written over a subject.', n));
  } catch (e) {
    showExportFailure(e, s.output, (why) => t('The document could not be exported: {0}', why));
    return undefined;
  }
  const open = t('Open the file');
  void vscode.window.showInformationMessage(t('{0} written to {1}.', result.title || name, vscode.workspace.asRelativePath(target)), open).then((pick) => {
    if (pick !== open) return;
    if (opensExternally(format)) void vscode.env.openExternal(target);
    else void vscode.commands.executeCommand('vscode.open', target);
  });
  return target;
}

/** The default file: beside the draft, else in the first workspace folder (an untitled draft). */
function besideDraft(draft: vscode.Uri, name: string): vscode.Uri | undefined {
  if (draft.scheme !== 'untitled') return vscode.Uri.joinPath(draft, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

async function pickFormat(kind: DocumentKind): Promise<DocumentFormat | undefined> {
  const describe: Record<DocumentFormat, vscode.QuickPickItem> = {
    docx: { label: t('Word (.docx)'), description: t('Opens in Word and LibreOffice, with real headings, lists and tables') },
    html: { label: t('HTML page'), description: t('One standalone page, to open in a browser and print (or save as PDF)') },
    csv: { label: t('CSV'), description: t('For a spreadsheet: one row per criterion') },
    md: { label: t('Markdown'), description: t('Plain text, to edit or paste elsewhere') },
  };
  const items = formatsFor(kind).map((format) => ({ ...describe[format], format }));
  return (await vscode.window.showQuickPick(items, { title: dialogTitle(kind), placeHolder: t('Format of the document') }))?.format;
}
