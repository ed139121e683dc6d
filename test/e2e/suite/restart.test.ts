/**
 * Fault injection: the language server process is killed; the extension starts a new one,
 * says so once, and diagnostics come back from the new process.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, diagnosticsWhen, open, sleep, waitFor } from './helpers';

describe('the language server killed', () => {
  after(closeAll);

  it('is restarted, with one message, and diagnostics come back', async () => {
    const s = await api();
    const editor = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(editor.document.uri, 'some', (ds) => ds.length > 0);
    const pid = s.client.serverPid;
    assert.ok(typeof pid === 'number' && pid > 0 && pid !== process.pid, `server pid: ${pid}`);
    const crashes = s.client.crashCount;
    const notices = s.client.restartNotices;

    process.kill(pid, 'SIGKILL');
    const next = await waitFor('a new server process', () => s.client.running && s.client.serverPid !== pid && s.client.serverPid, 60_000);
    assert.notEqual(next, pid);

    // The new process publishes: a draft opened now (nothing of it was known before) gets its diagnostics.
    const doc = await vscode.workspace.openTextDocument({ language: 'casestudy', content: '---\nmodalite: M1\n---\n# Après {C99}\n' });
    await vscode.window.showTextDocument(doc, { preview: false });
    await diagnosticsWhen(doc.uri, 'competence-inconnue from the new server', (ds) => ds.some((d) => codeOf(d) === 'competence-inconnue'));
    await diagnosticsWhen(editor.document.uri, 'back on the first draft', (ds) => ds.length > 0);

    // Time for a second message to show up, if one were coming (checking that something does NOT happen).
    await sleep(1500);
    assert.equal(s.client.crashCount, crashes + 1);
    assert.equal(s.client.restartNotices, notices + 1, 'the restart is announced once');
  });
});
