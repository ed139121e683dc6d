/** The palette commands, the server's restart (asked for, and after a crash) and the preview. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ChildProcess } from 'node:child_process';
import { api, closeAll, diagnosticsWhen, open, waitFor, ws } from './helpers';

/** The language server's process (a private field of vscode-languageclient's node client). */
function serverProcess(client: unknown): ChildProcess | undefined {
  return (client as { _serverProcess?: ChildProcess })._serverProcess;
}

describe('commands', () => {
  afterEach(closeAll);

  it('contributes its commands to the palette', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of ['rncp.showCoverage', 'rncp.exportReport', 'rncp.newSubject', 'rncp.insertTag', 'rncp.checkWorkspace', 'rncp.restartServer', 'rncp.openMatrix']) {
      assert.ok(all.has(c), c);
    }
  });

  it('checks the whole workspace', async () => {
    await api();
    const summary = await vscode.commands.executeCommand<{ drafts: number; errors: number; warnings: number; missing: number }>('rncp.checkWorkspace');
    assert.deepEqual(summary, { drafts: 8, errors: 5, warnings: 13, missing: 4 });
  });

  it('opens the coverage panel on the draft a code lens names', async () => {
    const s = await api();
    await vscode.commands.executeCommand('rncp.showCoverage', ws('m2-lacunes.cas.md').toString());
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith('m2-lacunes.cas.md'));
    await waitFor('the tree on m2-lacunes', () => s.activeTree.coverage?.uri.endsWith('m2-lacunes.cas.md'));
    await waitFor('the tree view visible', () => s.activeTreeView.visible);
  });

  it('restarts the language server on demand', async () => {
    const s = await api();
    const before = serverProcess(s.client.client)?.pid;
    await vscode.commands.executeCommand('rncp.restartServer');
    await waitFor('the server running again', () => s.client.running);
    const after = serverProcess(s.client.client)?.pid;
    assert.ok(after && after !== before, `new process (${before} → ${after})`);
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'diagnostics from the new server', (ds) => ds.length === 7);
  });

  it('restarts the language server after a crash', async () => {
    const s = await api();
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'analysed', (ds) => ds.length > 0);
    const crashes = s.client.crashCount;
    const proc = serverProcess(s.client.client);
    assert.ok(proc?.pid);
    proc.kill('SIGKILL');
    await waitFor('the crash noticed', () => s.client.crashCount === crashes + 1);
    await waitFor('a new server process', () => s.client.running && serverProcess(s.client.client)?.pid !== proc.pid);
    // The new server answers.
    await waitFor('coverage from the new server', async () => (await s.client.coverage(doc.uri.toString()))?.counts?.competences.tagged === 4);
  });

  it('opens the Markdown preview of a *.cas.md draft', async () => {
    await api();
    await open('m1-maison-verdier.cas.md');
    await vscode.commands.executeCommand('rncp.showPreview');
    await waitFor('a Markdown preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')));
  });
});
