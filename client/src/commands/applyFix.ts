/**
 * `rncp.applyFix` (the inline button on a missing item of the panel): finds the server's
 * diagnostic for that item and applies the server's quick fix for it, as the light bulb
 * would. The client computes no edit itself.
 */
import * as vscode from 'vscode';
import type { CoverageNode, FixArgs } from '../coveragePanel/treeProvider';
import { t } from '../i18n';
import type { Services } from '../services';

/** Registers the command; it resolves to true when an edit was applied. */
export function registerApplyFix(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.applyFix', async (arg: CoverageNode | FixArgs): Promise<boolean> => {
    const fix = 'kind' in arg ? s.activeTree.fixArgs(arg) : arg;
    if (!fix) return false;
    const uri = vscode.Uri.parse(fix.uri);
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'rncp' && codeOf(d.code) === fix.code && mentions(d.message, fix.id));
    // The server's fixes at the diagnostic's range, narrowed to the one for this item.
    const fixes = diagnostic ? await s.client.quickFixes(uri, diagnostic.range) : [];
    const mine = fixes.filter((f) => f.edit && f.diagnostics.some((d) => codeOf(d.code) === fix.code && (d.data?.id ? d.data.id === fix.id : mentions(d.message, fix.id))));
    const action = mine.find((f) => f.isPreferred && f.diagnostics.length === 1) ?? mine.find((f) => f.diagnostics.length === 1) ?? mine[0];
    if (!action?.edit) {
      s.output.info(`applyFix: no quick fix for ${fix.code} ${fix.id} (${fixes.length} action(s) at the diagnostic)`);
      void vscode.window.showInformationMessage(t('No quick fix is available for {0}.', fix.id));
      return false;
    }
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    if (!(await vscode.workspace.applyEdit(action.edit))) return false;
    // Show what was added.
    const first = action.edit.get(uri)[0];
    if (first) {
      const end = editor.document.positionAt(editor.document.offsetAt(first.range.start) + first.newText.length);
      editor.revealRange(new vscode.Range(first.range.start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return true;
  });
}

function codeOf(c: vscode.Diagnostic['code']): string | undefined {
  return c === undefined ? undefined : typeof c === 'object' ? String(c.value) : String(c);
}

/** Whether a message names this competency or criterion (C1 does not name C1.2 nor C12). */
function mentions(message: string, id: string): boolean {
  return new RegExp(`\\b${id.replace('.', '\\.')}(?![.\\d])`).test(message);
}
