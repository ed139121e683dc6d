/** Activation on a draft, the languages of drafts, and a running language server. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, EXTENSION_ID, open, remember, rncpDiagnostics, setSetting, sleep, ws } from './helpers';

describe('activation', () => {
  before(async () => {
    // French first: the suite checks the texts authors see in French (the UI of VS Code itself stays English).
    remember('language');
    await setSetting('language', 'fr');
  });

  it('activates when a draft is opened and starts the language server', async () => {
    const editor = await open('m1-lacunes.cas.md');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const s = await api();
    assert.ok(ext.isActive);
    assert.ok(s.client.running);
    // The server answered for the draft: its diagnostics are there.
    await diagnosticsWhen(editor.document.uri, 'some', (ds) => ds.length > 0);
  });

  it('gives *.cas.md files the casestudy language and keeps other drafts Markdown', async () => {
    assert.equal((await open('m1-lacunes.cas.md')).document.languageId, 'casestudy');
    assert.equal((await open('m3-lacunes.md')).document.languageId, 'markdown');
    assert.equal((await open('notes-jury.md')).document.languageId, 'markdown');
  });

  it('leaves Markdown files that are not drafts alone', async () => {
    const notes = ws('notes-jury.md');
    await open('notes-jury.md');
    await diagnosticsWhen(ws('m3-lacunes.md'), 'the other .md draft analysed', (ds) => ds.length > 0);
    await sleep(500);
    assert.deepEqual(rncpDiagnostics(notes), []);
  });
});
