/**
 * `rncp.revealSelection`: run after a quick fix of the server is applied (the
 * language client's middleware sets it as the action's command). A snippet edit
 * inserted off-screen selects its first `[à rédiger]` without scrolling to it;
 * this brings the selection into view. Internal: not in the command palette.
 */
import * as vscode from 'vscode';

/** The command's id. */
export const REVEAL_SELECTION = 'rncp.revealSelection';

/** How long to wait for the snippet's selection before revealing what is selected. */
const SETTLE_MS = 400;

/** Registers the command. */
export function registerRevealSelection(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_SELECTION, async (uri?: string) => {
    const editorOf = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? vscode.window.activeTextEditor;
    // The snippet controller may set the selection after the command starts: wait for it (or a short while).
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, SETTLE_MS);
      const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === uri) done();
      });
      function done() {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
    const editor = editorOf();
    if (editor) editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}

/** A quick fix with an edit and no command of its own gets the reveal as its command. */
export function withReveal<T extends vscode.Command | vscode.CodeAction>(action: T, uri: vscode.Uri): T {
  if (!(action instanceof vscode.CodeAction) || !action.edit || action.command) return action;
  action.command = { command: REVEAL_SELECTION, title: '', arguments: [uri.toString()] };
  return action;
}
