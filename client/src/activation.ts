/**
 * What both entries of the extension do (the Node `main` and the `browser` one): start
 * the language client, draw the coverage panel and the status bar, register the commands.
 * It never reads drafts: everything it shows comes from the language server (diagnostics,
 * hovers… and the `rncp/coverage` model). The entries differ only by the `Host` they pass.
 */
import * as vscode from 'vscode';
import { ActiveDraftTracker } from './activeDraft';
import { registerApplyFix } from './commands/applyFix';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerExportDocuments } from './commands/exportDocuments';
import { registerExportReport } from './commands/exportReport';
import { registerInsertTag } from './commands/insertTag';
import { registerNewSubject } from './commands/newSubject';
import { registerOpenMatrix } from './commands/openMatrix';
import { registerServerCommands } from './commands/restartServer';
import { registerRevealOccurrence } from './commands/revealOccurrence';
import { registerRevealSelection } from './commands/revealSelection';
import { registerShowCoverage } from './commands/showCoverage';
import { registerShowPreview } from './commands/showPreview';
import { registerWorkspaceView } from './commands/workspaceView';
import { MatrixView } from './coveragePanel/matrixView';
import { ActiveDraftTreeProvider, type CoverageNode } from './coveragePanel/treeProvider';
import { WorkspaceTreeProvider } from './coveragePanel/workspaceTreeProvider';
import { CoverageStore } from './coverageStore';
import { registerFolding } from './folding';
import { loadBundles } from './i18n';
import { type ClientFactory, DOCUMENT_SELECTOR, RncpClient } from './languageClient';
import { CandidatePreview, registerPreviewCandidate } from './preview/candidatePreview';
import type { Services } from './services';
import { CoverageStatusBar } from './statusBar';
import { registerWorkspaceProvider } from './workspaceProvider';

/** How an entry starts the server, and what the host lacks. */
export interface Host {
  /** `web`: the web worker extension host (vscode.dev, github.dev, code-server's web host). */
  kind: 'node' | 'web';
  createClient: ClientFactory;
  /** Documents the server may analyse (the browser adds its workspace's URI schemes). */
  documentSelector?: typeof DOCUMENT_SELECTOR;
  /** Passed to the server's `initialize`. */
  initializationOptions?: object;
}

/** What `activate` returns: the extension's parts, for the integration tests. */
export type RncpApi = Services;

/** Activates on a Markdown or casestudy document, or when the panel is opened. */
export async function activateIn(context: vscode.ExtensionContext, host: Host): Promise<RncpApi> {
  // Menus and views hidden where the host cannot serve them test this key (`when` clauses).
  void vscode.commands.executeCommand('setContext', 'rncp.web', host.kind === 'web');
  await loadBundles(context.extensionUri);
  const output = vscode.window.createOutputChannel('RNCP', { log: true });
  const client = new RncpClient(output, host.createClient, { documentSelector: host.documentSelector, initializationOptions: host.initializationOptions });
  const store = new CoverageStore(client);
  const tracker = new ActiveDraftTracker(store, [...new Set((host.documentSelector ?? DOCUMENT_SELECTOR).map((f) => f.scheme))]);
  const activeTree = new ActiveDraftTreeProvider(tracker, store);
  const activeTreeView = vscode.window.createTreeView<CoverageNode>('rncp.coverage', { treeDataProvider: activeTree, showCollapseAll: true });
  activeTree.view = activeTreeView;
  const workspaceTree = new WorkspaceTreeProvider(store);
  const workspaceTreeView = vscode.window.createTreeView('rncp.workspace', { treeDataProvider: workspaceTree, showCollapseAll: true });
  const statusBar = new CoverageStatusBar(tracker);
  const matrix = new MatrixView(context, store, output);
  const candidatePreview = new CandidatePreview(client, tracker, output);
  const services: Services = {
    context, output, client, store, tracker, activeTree, activeTreeView: activeTreeView as vscode.TreeView<unknown>, workspaceTree, statusBar, matrix, candidatePreview, host: host.kind,
  };
  // Disposed in reverse order by VS Code: the client (stopping the server) goes last.
  context.subscriptions.push(
    output, client, registerWorkspaceProvider(client.client), store, tracker, activeTree, activeTreeView, workspaceTree, workspaceTreeView, statusBar, matrix, candidatePreview,
    registerShowCoverage(services),
    registerOpenMatrix(services),
    registerExportReport(services),
    registerExportDocuments(services),
    registerPreviewCandidate(candidatePreview),
    registerNewSubject(services),
    registerInsertTag(services),
    registerCheckWorkspace(services),
    registerServerCommands(services),
    registerRevealOccurrence(),
    registerRevealSelection(),
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
