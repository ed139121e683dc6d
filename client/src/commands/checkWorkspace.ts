/**
 * `rncp.checkWorkspace`: asks the server for every draft's coverage, then shows the
 * workspace view and the Problems panel with a summary of what was found.
 */
import * as vscode from 'vscode';
import { t, tn } from '../i18n';
import type { Services } from '../services';

/** What the check found (returned for tests). */
export interface CheckSummary {
  drafts: number;
  errors: number;
  warnings: number;
  missing: number;
}

/** Registers the command. */
export function registerCheckWorkspace(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.checkWorkspace', async (): Promise<CheckSummary> => {
    s.store.refresh();
    const drafts = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Checking the workspace’s subjects…') },
      () => s.store.all(),
    );
    const summary: CheckSummary = {
      drafts: drafts.length,
      errors: drafts.reduce((n, d) => n + d.diagnostics.error, 0),
      warnings: drafts.reduce((n, d) => n + d.diagnostics.warning, 0),
      missing: drafts.filter((d) => d.competences.some((c) => c.status === 'absente')).length,
    };
    await vscode.commands.executeCommand('rncp.workspace.focus');
    if (summary.errors + summary.warnings > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
    const message = t('{0}: {1}, {2}; {3}.',
      tn(summary.drafts, '{0} subject checked', '{0} subjects checked'),
      tn(summary.errors, '{0} error', '{0} errors'),
      tn(summary.warnings, '{0} warning', '{0} warnings'),
      tn(summary.missing, '{0} subject with a missing competency', '{0} subjects with a missing competency'));
    const enable = t('Analyse closed subjects too');
    // `false` is the former spelling of `off`.
    const wsDiagnostics = vscode.workspace.getConfiguration('rncp').get<string | boolean>('workspaceDiagnostics', 'errorsAndWarnings');
    const off = wsDiagnostics === 'off' || wsDiagnostics === false;
    void vscode.window.showInformationMessage(message, ...(off ? [enable] : [])).then((pick) => {
      if (pick === enable) void vscode.workspace.getConfiguration('rncp').update('workspaceDiagnostics', 'errorsAndWarnings', vscode.ConfigurationTarget.Workspace);
    });
    return summary;
  });
}
