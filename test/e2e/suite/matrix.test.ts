/** The reviewers' matrix (webview): drafts × C1–C20 by bloc, statuses, persistent filters, opening a place. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NO_FILTERS } from '../../../client/src/coveragePanel/matrixHtml';
import { api, closeAll, waitFor, ws } from './helpers';

/** The open webview tabs of the matrix. */
function matrixTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('rncp.matrix'));
}

describe('coverage matrix', () => {
  after(async () => {
    const s = await api();
    await s.matrix.setFilters(NO_FILTERS);
    await closeAll();
  });

  it('opens as a webview with every draft × C1–C20 grouped by bloc', async () => {
    const s = await api();
    await vscode.commands.executeCommand('rncp.openMatrix');
    await waitFor('the matrix tab', () => matrixTabs().length === 1);
    assert.equal(matrixTabs()[0].label, 'Matrice de couverture');
    const table = s.matrix.lastModel!.tables.find((t) => t.referentiel.id === 'mdc-2023')!;
    assert.ok(table, s.matrix.lastModel!.tables.map((t) => t.referentiel.id).join());
    assert.deepEqual(table.groups.map((g) => `${g.bloc}:${g.columns.map((c) => c.id).join(',')}`), [
      'B1:C1,C2,C3,C4,C5', 'B2:C6,C7,C8,C9', 'B3:C10,C11,C12,C13,C14', 'B4:C15,C16,C17,C18,C19,C20',
    ]);
    assert.equal(table.rows.length, 8);
    const gaps = table.rows.find((r) => r.path === 'm1-lacunes.cas.md')!;
    assert.deepEqual(['C1', 'C2', 'C4', 'C5', 'C9'].map((c) => gaps.cells[c].status), ['complete', 'partielle', 'partielle', 'absente', 'hors-modalite']);
    const html = s.matrix.lastHtml!;
    assert.equal((html.match(/<tr data-modalite=/g) ?? []).length, 8);
    assert.match(html, /<td class="cell absente" data-bloc="B1" data-comp="C5" data-status="absente" data-rank="0" data-uri="[^"]*m1-lacunes\.cas\.md"/);
    assert.match(html, /data-fix="C5" title="C5 — Proposer la stratégie commerciale à la direction générale\u00a0: absente, non balisée — Ajouter une question pour C5"/);
    // Titles shown, the file in the tooltip; per-competency totals; readable scores.
    assert.match(html, /title="m1-lacunes\.cas\.md">Décolletage Perrin/);
    assert.match(html, /title="C8\u00a0: \d+\/\d+ sujets complets"/);
    assert.match(html, />4\/5 compétences<br>10\/22 critères</);
  });

  it('keeps its filters when it is closed and opened again', async () => {
    const s = await api();
    await s.matrix.setFilters({ bloc: 'B2', modalite: 'M2', status: 'absente' });
    await closeAll();
    await waitFor('the matrix closed', () => matrixTabs().length === 0);
    await vscode.commands.executeCommand('rncp.openMatrix');
    await waitFor('the matrix tab', () => matrixTabs().length === 1);
    assert.match(s.matrix.lastHtml!, /<body data-bloc="B2" data-modalite="M2" data-status="absente">/);
    assert.match(s.matrix.lastHtml!, /<option value="M2" selected>/);
  });

  it('an absent cell adds a question for its competency (the quick fix), beside the matrix', async () => {
    const s = await api();
    await vscode.commands.executeCommand('rncp.openMatrix');
    assert.ok(await s.matrix.addQuestion(ws('m1-lacunes.cas.md'), 'C5'));
    const editor = await waitFor('the draft with its new question', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('m1-lacunes.cas.md') && vscode.window.activeTextEditor);
    assert.match(editor.document.getText(), /\{C5\}\n\n1\. \[à rédiger\]/);
    assert.equal(editor.document.getText(editor.selection), '[à rédiger]');
    await closeAll();
  });

  it('opens the place a cell points at', async () => {
    await api();
    await vscode.commands.executeCommand('rncp.openMatrix');
    // What the page posts when a cell is clicked (the webview's DOM is out of the API's reach).
    const s = await api();
    const cell = s.matrix.lastModel!.tables.find((t) => t.referentiel.id === 'mdc-2023')!.rows.find((r) => r.path === 'm1-lacunes.cas.md')!.cells.C9;
    await s.matrix.handleMessage({ type: 'open', uri: ws('m1-lacunes.cas.md').toString(), ...cell.at });
    // The matrix keeps the focus (preserveFocus): the draft is a visible editor, not the active one.
    const editor = await waitFor('the draft beside the matrix', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('m1-lacunes.cas.md')));
    assert.equal(editor.selection.active.line, cell.at!.line);
    assert.equal(editor.document.getText(editor.document.getWordRangeAtPosition(editor.selection.active)), 'C9');
  });
});
