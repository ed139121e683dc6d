/**
 * The VS Code extension's entry: starts the language client, draws the coverage panel
 * and the status bar, registers the commands. It never reads drafts: everything it shows
 * comes from the language server (diagnostics, hovers… and the `rncp/coverage` model).
 */
import * as vscode from 'vscode';
import { ActiveDraftTracker } from './activeDraft';
import { registerApplyFix } from './commands/applyFix';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerExportReport } from './commands/exportReport';
import { registerInsertTag } from './commands/insertTag';
import { registerNewSubject } from './commands/newSubject';
import { registerOpenMatrix } from './commands/openMatrix';
import { registerServerCommands } from './commands/restartServer';
import { registerRevealOccurrence } from './commands/revealOccurrence';
import { registerShowCoverage } from './commands/showCoverage';
import { registerShowPreview } from './commands/showPreview';
import { registerWorkspaceView } from './commands/workspaceView';
import { MatrixView } from './coveragePanel/matrixView';
import { ActiveDraftTreeProvider, type CoverageNode } from './coveragePanel/treeProvider';
import { WorkspaceTreeProvider } from './coveragePanel/workspaceTreeProvider';
import { CoverageStore } from './coverageStore';
import { registerFolding } from './folding';
import { loadBundles } from './i18n';
import { RncpClient } from './languageClient';
import type { Services } from './services';
import { CoverageStatusBar } from './statusBar';

/** What `activate` returns: the extension's parts, for the integration tests. */
export type RncpApi = Services;

/** Activates on a Markdown or casestudy document, or when the panel is opened. */
export async function activate(context: vscode.ExtensionContext): Promise<RncpApi> {
  await loadBundles(context.extensionUri);
  const output = vscode.window.createOutputChannel('RNCP', { log: true });
  const client = new RncpClient(context, output);
  const store = new CoverageStore(client);
  const tracker = new ActiveDraftTracker(store);
  const activeTree = new ActiveDraftTreeProvider(tracker, store);
  const activeTreeView = vscode.window.createTreeView<CoverageNode>('rncp.coverage', { treeDataProvider: activeTree, showCollapseAll: true });
  activeTree.view = activeTreeView;
  const workspaceTree = new WorkspaceTreeProvider(store);
  const workspaceTreeView = vscode.window.createTreeView('rncp.workspace', { treeDataProvider: workspaceTree, showCollapseAll: true });
  const statusBar = new CoverageStatusBar(tracker);
  const matrix = new MatrixView(context, store, output);
  const services: Services = {
    context, output, client, store, tracker, activeTree, activeTreeView: activeTreeView as vscode.TreeView<unknown>, workspaceTree, statusBar, matrix,
  };
  // Disposed in reverse order by VS Code: the client (stopping the server) goes last.
  context.subscriptions.push(
    output, client, store, tracker, activeTree, activeTreeView, workspaceTree, workspaceTreeView, statusBar, matrix,
    registerShowCoverage(services),
    registerOpenMatrix(services),
    registerExportReport(services),
    registerNewSubject(services),
    registerInsertTag(services),
    registerCheckWorkspace(services),
    registerServerCommands(services),
    registerRevealOccurrence(),
    registerApplyFix(services),
    registerShowPreview(),
    registerWorkspaceView(workspaceTree, workspaceTreeView as vscode.TreeView<unknown>),
    registerFolding(client),
    vscode.commands.registerCommand('rncp.refreshCoverage', () => store.refresh()),
    // The UI language of the panel follows `rncp.language`: redraw on change.
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('rncp.language')) store.refresh(); }),
  );
  // Not awaited: the panel and commands are usable (and show "starting") while the server starts.
  void client.start();
  return services;
}

/** Nothing to do: every part is in `context.subscriptions`. */
export function deactivate(): void {}
