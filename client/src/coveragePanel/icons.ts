/** Status icons and colours shared by the two trees (the matrix uses the same colours in CSS). */
import * as vscode from 'vscode';
import type { DisplayStatus } from '../format';

/**
 * The icon of a competency's status: green check, half circle, a slashed circle for a
 * missing one (work to do, not a broken subject: the error icon would make half a list
 * look broken), orange warning.
 */
export function statusIcon(s: DisplayStatus): vscode.ThemeIcon {
  switch (s) {
    case 'complete': return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green'));
    case 'partielle': return new vscode.ThemeIcon('color-mode', new vscode.ThemeColor('charts.yellow'));
    case 'absente': return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('charts.red'));
    case 'hors-modalite': return new vscode.ThemeIcon('warning', new vscode.ThemeColor('charts.orange'));
  }
}

/** A criterion: covered (check) or not (empty circle). */
export function critereIcon(covered: boolean): vscode.ThemeIcon {
  return covered
    ? new vscode.ThemeIcon('check', new vscode.ThemeColor('charts.green'))
    : new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('charts.red'));
}

/** A place where a code is tagged. */
export const OCCURRENCE_ICON = new vscode.ThemeIcon('symbol-reference');
