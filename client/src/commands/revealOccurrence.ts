/** `rncp.revealOccurrence` (a click on a place in the panel): selects the tag in its draft. */
import * as vscode from 'vscode';
import type { RevealArgs } from '../coveragePanel/treeProvider';

/** Registers the command. */
export function registerRevealOccurrence(): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.revealOccurrence', async (args: RevealArgs) => {
    const r = args.range;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  });
}
