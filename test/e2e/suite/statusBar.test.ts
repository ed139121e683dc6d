/** The status bar entry: `M1 · 3/5 compétences · 9/22 critères` on a draft, hidden elsewhere, live while typing. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, waitFor } from './helpers';

describe('status bar', () => {
  afterEach(closeAll);

  it('shows the active draft’s counts and opens the panel when clicked', async () => {
    const s = await api();
    await open('m1-lacunes.cas.md');
    await waitFor('the status bar on m1-lacunes', () => s.statusBar.text === 'M1 · 4/5 compétences · 10/22 critères');
    assert.equal(s.statusBar.item.command, 'rncp.showCoverage');
    await open('m4-reorganisation-equipe.cas.md');
    await waitFor('the status bar on a complete M4', () => s.statusBar.text === 'M4 · 6/6 compétences · 18/18 critères');
  });

  it('says the points and the duration in its tooltip', async () => {
    const s = await api();
    await open('m4-lacunes.cas.md');
    await waitFor('the status bar on m4-lacunes', () => s.statusBar.text === 'M4 · 4/6 compétences · 11/18 critères');
    const tip = (s.statusBar.item.tooltip as vscode.MarkdownString).value;
    assert.match(tip, /19 points sur 20 annoncés/);
    assert.match(tip, /Durée\u00a0: 3 h 15 dans le sujet pour 3 h d’épreuve/);
    assert.match(tip, /C15 .* 8,5 points, soit 45\u00a0% des points du sujet/);
  });

  it('is hidden on a Markdown file that is not a draft', async () => {
    const s = await api();
    await open('notes-jury.md');
    await waitFor('no status bar entry', () => s.statusBar.text === undefined);
  });

  it('follows the edits of the draft', async () => {
    const s = await api();
    const editor = await open('m1-lacunes.cas.md');
    await waitFor('the status bar on m1-lacunes', () => s.statusBar.text === 'M1 · 4/5 compétences · 10/22 critères');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\nPrésentez la stratégie au comité. {C5.1, C2.1}\n'));
    await waitFor('C5 tagged and two more criteria', () => s.statusBar.text === 'M1 · 5/5 compétences · 12/22 critères', 15_000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('back to the saved text', () => s.statusBar.text === 'M1 · 4/5 compétences · 10/22 critères');
  });
});
