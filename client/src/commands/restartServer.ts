/** `rncp.restartServer` and `rncp.showOutput`: the language server's lifecycle and log. */
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { Services } from '../services';

/** Registers both commands. */
export function registerServerCommands(s: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('rncp.restartServer', async () => {
      await s.client.restart();
      s.store.refresh();
      void vscode.window.showInformationMessage(t('The RNCP language server has been restarted.'));
    }),
    vscode.commands.registerCommand('rncp.showOutput', () => s.output.show(true)),
  );
}
