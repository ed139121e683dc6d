/** What the commands work with: the pieces `activate` creates, passed explicitly. */
import type * as vscode from 'vscode';
import type { ActiveDraftTracker } from './activeDraft';
import type { MatrixView } from './coveragePanel/matrixView';
import type { ActiveDraftTreeProvider } from './coveragePanel/treeProvider';
import type { WorkspaceTreeProvider } from './coveragePanel/workspaceTreeProvider';
import type { CoverageStore } from './coverageStore';
import type { RncpClient } from './languageClient';
import type { CandidatePreview } from './preview/candidatePreview';
import type { CoverageStatusBar } from './statusBar';

/** The extension's parts, shared by commands (and returned to the integration tests). */
export interface Services {
  context: vscode.ExtensionContext;
  output: vscode.LogOutputChannel;
  client: RncpClient;
  store: CoverageStore;
  tracker: ActiveDraftTracker;
  activeTree: ActiveDraftTreeProvider;
  activeTreeView: vscode.TreeView<unknown>;
  workspaceTree: WorkspaceTreeProvider;
  statusBar: CoverageStatusBar;
  matrix: MatrixView;
  /** The candidate's live preview. */
  candidatePreview: CandidatePreview;
  /** Which extension host runs the extension. */
  host: 'node' | 'web';
}
