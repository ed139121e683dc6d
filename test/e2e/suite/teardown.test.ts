/** Leaves the workspace as the suite found it (the UI check runs next on the same folder). */
import * as vscode from 'vscode';
import { closeAll, initialSettings, remove, setSetting, ws } from './helpers';

describe('teardown', () => {
  it('restores the settings and closes every editor', async () => {
    await closeAll();
    for (const [key, value] of Object.entries(initialSettings)) await setSetting(key, value);
    await remove(ws('tmp-e2e-export'));
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
