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

  it('shows the points: per cell, per bloc, the subject’s total against its barème', async () => {
    const s = await api();
    await vscode.commands.executeCommand('rncp.openMatrix');
    await waitFor('the matrix tab', () => matrixTabs().length === 1);
    const table = s.matrix.lastModel!.tables.find((t) => t.referentiel.id === 'mdc-2023')!;
    const m4 = table.rows.find((r) => r.path === 'm4-lacunes.cas.md')!;
    assert.deepEqual(m4.points, { total: 19, bareme: 20 });
    assert.deepEqual(m4.duree, { minutes: 180, marques: 195 });
    assert.deepEqual(['C15', 'C16', 'C17', 'C18', 'C19', 'C20'].map((c) => m4.cells[c].points), [8.5, 2.5, 3, 5, 0, 0]);
    assert.deepEqual(m4.blocPoints, { B4: { points: 19, share: 1 } });
    const full = table.rows.find((r) => r.path === 'm1-maison-verdier.cas.md')!;
    assert.deepEqual(full.points, { total: 20, bareme: 20 });
    const html = s.matrix.lastHtml!;
    assert.match(html, /<td class="points off" title="19 points sur 20 annoncés · Durée\u00a0: 3 h 15 dans le sujet pour 3 h d’épreuve">19\/20<\/td>/);
    assert.match(html, /data-comp="C15"[^>]*title="C15 — [^"]* · 8,5 points, soit 45\u00a0% des points du sujet" data-points="8\.5"[^>]*>✔<small class="pts">8,5 pts<\/small><\/td>/);
    assert.match(html, /<td class="bloc-total" data-bloc="B4" data-points="19" title="Points du bloc B4\u00a0: 19 points, soit 100\u00a0% des points du sujet">19 pts<small>100\u00a0%<\/small><\/td>/);
    assert.match(html, /<label class="share">Compétences sous <input type="number" id="f-share"[^>]* aria-label="Mettre en évidence les compétences sous cette part des points du sujet \(en pourcentage\)"/);
  });

  it('keeps its share filter ("compétences sous N % des points") like the others', async () => {
    const s = await api();
    await vscode.commands.executeCommand('rncp.openMatrix');
    await waitFor('the matrix tab', () => matrixTabs().length === 1);
    // What the page posts when the number is typed.
    await s.matrix.handleMessage({ type: 'filters', filters: { ...NO_FILTERS, share: 12 } });
    assert.equal(s.matrix.filters.share, 12);
    await closeAll();
    await waitFor('the matrix closed', () => matrixTabs().length === 0);
    await vscode.commands.executeCommand('rncp.openMatrix');
    await waitFor('the matrix tab', () => matrixTabs().length === 1);
    assert.match(s.matrix.lastHtml!, /<body data-bloc="" data-modalite="" data-status="" data-share="12">/);
    assert.match(s.matrix.lastHtml!, /id="f-share"[^>]* value="12">/);
    await s.matrix.setFilters(NO_FILTERS);
    assert.doesNotMatch(s.matrix.lastHtml!, /data-share="12"/);
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
