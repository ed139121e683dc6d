/**
 * What only the web worker extension host shows: the extension runs there (no Node
 * `process`), its server in a Web Worker reads the workspace through the client
 * (a draft never opened gets its diagnostics), and exports are written through
 * `vscode.workspace.fs`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, diagnosticsWhen, codeOf, read, remove, ws } from '../helpers';

describe('web worker extension host', () => {
  const out = ws('tmp-e2e-web-export');
  after(async () => {
    await closeAll();
    await remove(out);
  });

  it('activates in a web worker: no Node process, a worker global scope, the browser entry', async () => {
    const s = await api();
    assert.ok(typeof process === 'undefined', 'no Node `process` in the web worker extension host');
    const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
    assert.ok(scope && globalThis instanceof scope, 'a worker global scope');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(s.host, 'web');
    assert.ok(s.client.running, 'the language server (a Web Worker) runs');
  });

  it('gives a draft that was never opened its diagnostics (workspace read through the client)', async () => {
    const uri = ws('m4-lacunes.cas.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the draft is not open');
    const ds = await diagnosticsWhen(uri, 'workspace-wide diagnostics', (d) => d.length > 0, 60_000);
    assert.ok(ds.every((d) => codeOf(d)), 'every diagnostic has a code');
  });

  it('writes the coverage report through vscode.workspace.fs', async () => {
    const target = vscode.Uri.joinPath(out, 'rapport.md');
    const written = await vscode.commands.executeCommand<vscode.Uri>('rncp.exportReport', { format: 'markdown', target });
    assert.equal(written?.toString(), target.toString());
    const text = await read(target);
    assert.ok(text.startsWith('# Rapport de couverture RNCP\n'), text.slice(0, 200));
    assert.match(text, /m4-lacunes\.cas\.md/);
    const csv = vscode.Uri.joinPath(out, 'matrice.csv');
    await vscode.commands.executeCommand('rncp.exportReport', { format: 'csv', target: csv });
    assert.match(await read(csv), /m1-lacunes\.cas\.md;/);
  });
});
