/**
 * The workspace subjects view at scale: `rncp.workspace.groupBy` (a quick pick: no
 * grouping, by modalité, by folder) and `rncp.workspace.toggleIncomplete` (the incomplete
 * subjects only, or all). Tests pass `{by}` / `{incompleteOnly}` to skip the questions.
 */
import * as vscode from 'vscode';
import type { WorkspaceGrouping, WorkspaceTreeProvider } from '../coveragePanel/workspaceTreeProvider';
import { t } from '../i18n';

/** Registers both commands; the view's description says what is in force. */
export function registerWorkspaceView(tree: WorkspaceTreeProvider, view: vscode.TreeView<unknown>): vscode.Disposable {
  const describe = () => {
    const parts = [
      tree.grouping === 'modalite' ? t('by modality') : tree.grouping === 'folder' ? t('by folder') : '',
      tree.incompleteOnly ? t('incomplete only') : '',
    ].filter(Boolean);
    view.description = parts.length ? parts.join(' · ') : undefined;
    void vscode.commands.executeCommand('setContext', 'rncp.workspace.incompleteOnly', tree.incompleteOnly);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('rncp.workspace.groupBy', async (args: { by?: WorkspaceGrouping } = {}) => {
      const items: (vscode.QuickPickItem & { by: WorkspaceGrouping })[] = [
        { label: t('No grouping'), description: t('every subject in one list'), by: 'none' },
        { label: t('By modality'), description: t('M1, M2, M3, M4'), by: 'modalite' },
        { label: t('By folder'), description: t('as the subjects are stored'), by: 'folder' },
      ];
      for (const i of items) if (i.by === tree.grouping) i.picked = true;
      const by = args.by ?? (await vscode.window.showQuickPick(items, { title: t('Group the subjects'), placeHolder: t('How to group the subjects of the workspace') }))?.by;
      if (!by) return undefined;
      tree.setView({ grouping: by });
      describe();
      return by;
    }),
    vscode.commands.registerCommand('rncp.workspace.toggleIncomplete', (args: { incompleteOnly?: boolean } = {}) => {
      tree.setView({ incompleteOnly: args.incompleteOnly ?? !tree.incompleteOnly });
      describe();
      return tree.incompleteOnly;
    }),
  );
}
