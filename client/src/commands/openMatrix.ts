/** `rncp.openMatrix`: the reviewers' matrix of every draft × competency. */
import * as vscode from 'vscode';
import type { Services } from '../services';

/** Registers the command. */
export function registerOpenMatrix(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.openMatrix', () => s.matrix.show());
}
