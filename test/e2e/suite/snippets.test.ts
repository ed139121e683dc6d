/** Subject skeletons (the snippets and "Nouveau sujet…") and the tag insertion command. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, diagnosticsWhen, open, rncpDiagnostics, waitFor, ws } from './helpers';

describe('snippets and new subjects', () => {
  afterEach(closeAll);

  it('inserts the M1 skeleton snippet: a draft with zero competence-manquante', async () => {
    await api();
    const uri = ws('tmp-e2e-sujet-m1.cas.md').with({ scheme: 'untitled' });
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'casestudy');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'casestudy', name: 'Sujet M1 — Elaboration d’une stratégie commerciale issue d’une analyse-diagnostic de marché' });
    await waitFor('the skeleton', () => doc.getText().startsWith('---\nreferentiel: mdc-2023\nmodalite: M1\n'));
    for (const c of ['C1', 'C2', 'C3', 'C4', 'C5']) assert.ok(doc.getText().includes(`{${c}}`), c);
    assert.match(doc.getText(), /### Annexe 3 — Sources d’information disponibles/);
    // Analysed (critere-manquant: the skeleton tags competencies, the author names criteria) …
    const ds = await diagnosticsWhen(uri, 'analysed', (all) => all.some((d) => codeOf(d) === 'critere-manquant'));
    // … no competency is missing, and each question and answer key still to write says so (FORMAT.md §12).
    assert.deepEqual(ds.filter((d) => codeOf(d) === 'competence-manquante').map((d) => d.message), []);
    assert.deepEqual(ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map((d) => codeOf(d)), ['C1', 'C2', 'C3', 'C4', 'C5'].flatMap(() => ['question-a-rediger', 'question-a-rediger']));
    assert.match(doc.getText(), /^bareme: 20$/m);
  });

  for (const m of ['M2', 'M3', 'M4']) {
    it(`"Nouveau sujet…" opens an unsaved ${m} draft from its skeleton, with zero competence-manquante`, async () => {
      const s = await api();
      const target = ws(`tmp-e2e-nouveau-${m}.cas.md`);
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('rncp.newSubject', { modalite: m, uri: target });
      const doc = editor.document;
      assert.equal(doc.uri.scheme, 'untitled', 'nothing is written before the author saves');
      assert.equal(doc.uri.path, target.path);
      assert.equal(doc.languageId, 'casestudy');
      assert.match(doc.getText(), new RegExp(`^---\\nreferentiel: mdc-2023\\nmodalite: ${m}\\n`));
      const ds = await diagnosticsWhen(doc.uri, 'analysed', (all) => all.some((d) => codeOf(d) === 'critere-manquant'));
      assert.deepEqual(ds.filter((d) => codeOf(d) === 'competence-manquante'), []);
      await waitFor('the status bar on the new draft', () => s.statusBar.text?.startsWith(`${m} · `) && s.statusBar.text);
      const cov = s.activeTree.coverage!;
      assert.equal(cov.counts!.competences.tagged, cov.counts!.competences.total);
    });
  }

  it('inserts a competency tag at the cursor', async () => {
    await api();
    const editor = await open('m1-lacunes.cas.md');
    const line = editor.document.lineCount - 1;
    const end = editor.document.lineAt(line).range.end;
    await editor.edit((b) => b.insert(end, '\nPrésentez la stratégie retenue.'));
    const last = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(last, last);
    assert.ok(await vscode.commands.executeCommand('rncp.insertTag', ['C5', 'C5.2']));
    assert.equal(editor.document.lineAt(editor.document.lineCount - 1).text, 'Présentez la stratégie retenue. {C5, C5.2}');
    await diagnosticsWhen(editor.document.uri, 'C5 no longer missing', (all) => all.length > 0 && !all.some((d) => codeOf(d) === 'competence-manquante'));
    assert.ok(!rncpDiagnostics(editor.document.uri).some((d) => d.message.includes('C5.2')));
  });
});
