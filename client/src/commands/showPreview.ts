/**
 * `rncp.showPreview`: the Markdown preview of a `*.cas.md` draft. VS Code's own preview
 * buttons only appear for the `markdown` language; its preview renders any URI it is given.
 */
import * as vscode from 'vscode';

/** Registers the command. */
export function registerShowPreview(): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.showPreview', async (uri?: vscode.Uri) => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (target) await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
  });
}
