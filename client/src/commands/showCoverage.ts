/** `rncp.showCoverage` (palette, status bar, code lens): opens the coverage panel, on a draft if given. */
import * as vscode from 'vscode';
import type { Services } from '../services';

/** Registers the command; the code lens passes the draft's URI as a string. */
export function registerShowCoverage(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.showCoverage', async (uri?: string | vscode.Uri) => {
    if (uri) {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      if (vscode.window.activeTextEditor?.document.uri.toString() !== target.toString()) {
        await vscode.window.showTextDocument(target, { preview: false });
      }
    }
    await vscode.commands.executeCommand('rncp.coverage.focus');
    await s.tracker.whenSettled();
  });
}
