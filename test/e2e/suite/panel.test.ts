/** The coverage panel: the active draft's tree (blocs, competencies, criteria, places) and the workspace view. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CoverageNode } from '../../../client/src/coveragePanel/treeProvider';
import type { WorkspaceNode } from '../../../client/src/coveragePanel/workspaceTreeProvider';
import type { RncpApi } from '../../../client/src/extension';
import { api, closeAll, codeOf, diagnosticsWhen, EXTENSION_ID, open, waitFor, ws } from './helpers';

/** A tree item's label as a string. */
const label = (i: vscode.TreeItem) => (typeof i.label === 'string' ? i.label : i.label?.label ?? '');
/** A tree item's icon id and colour id. */
const icon = (i: vscode.TreeItem) => {
  const t = i.iconPath as vscode.ThemeIcon;
  // ThemeColor's id is public at run time; @types/vscode 1.91 does not declare it.
  return `${t.id}/${(t.color as unknown as { id?: string } | undefined)?.id ?? ''}`;
};

/** The first bloc of the active subject's tree (its problems, when it has some, come before). */
function firstBloc(): CoverageNode {
  const s = vscode.extensions.getExtension<RncpApi>(EXTENSION_ID)!.exports;
  return (s.activeTree.getChildren() as CoverageNode[]).find((r) => r.kind === 'bloc')!;
}

describe('coverage panel', () => {
  afterEach(closeAll);

  it('opens in its own view container and shows the active draft', async () => {
    const s = await api();
    await open('m1-lacunes.cas.md');
    await vscode.commands.executeCommand('rncp.showCoverage');
    await waitFor('the tree view to be visible', () => s.activeTreeView.visible);
    await waitFor('the tree to show m1-lacunes', () => s.activeTree.coverage?.uri.endsWith('m1-lacunes.cas.md'));
    assert.equal(s.activeTreeView.description, 'm1-lacunes.cas.md · M1 · 4/5 compétences · 10/22 critères');
  });

  it('lists bloc → compétence → critère with statuses, colours and counts', async () => {
    const s = await api();
    await open('m1-lacunes.cas.md');
    await waitFor('the tree to show m1-lacunes', () => s.activeTree.coverage?.uri.endsWith('m1-lacunes.cas.md'));
    const all = s.activeTree.getChildren();
    // The subject's own problems come first, errors and warnings before informations.
    const problems = s.activeTree.getTreeItem(all[0]);
    assert.deepEqual([label(problems), problems.description, problems.collapsibleState], ['Problèmes du sujet', '4 avertissements · 3 informations', vscode.TreeItemCollapsibleState.Expanded]);
    const first = s.activeTree.getTreeItem(s.activeTree.getChildren(all[0])[0]);
    assert.match(label(first), /^Compétence C5 non évaluée/);
    assert.deepEqual(first.command?.command, 'rncp.revealOccurrence');
    const roots = all.slice(1);
    const items = roots.map((n) => s.activeTree.getTreeItem(n));
    assert.deepEqual(items.map(label), ['B1 — Elaborer la stratégie commerciale de l\'entreprise', 'Hors modalité']);
    // The bloc's points: 15 of the subject's 20 (C9, outside the modality, gets the other 5).
    assert.equal(items[0].description, '2/5 complètes · 15 pts (75\u00a0%)');

    const comps = s.activeTree.getChildren(roots[0]);
    const ci = comps.map((n) => s.activeTree.getTreeItem(n));
    assert.deepEqual(ci.map(label), ['C1 · 3/3 critères', 'C2 · 0/4 critères', 'C3 · 4/4 critères', 'C4 · 3/8 critères', 'C5 · 0/3 critères']);
    assert.deepEqual(ci.map(icon), [
      'pass-filled/charts.green', 'color-mode/charts.yellow', 'pass-filled/charts.green', 'color-mode/charts.yellow', 'circle-slash/charts.red',
    ]);
    assert.deepEqual(ci.map((i) => i.contextValue), [
      'competence complete', 'competence partielle fixable', 'competence complete', 'competence partielle fixable', 'competence absente fixable',
    ]);
    assert.equal(ci[4].description, '0 pt (0\u00a0%) · Proposer la stratégie commerciale à la direction générale');
    // Each competency's points and share of the subject's, in short, then in words in the tooltip.
    assert.deepEqual(ci.map((i) => String(i.description).split(' · ')[0]), ['4 pts (20\u00a0%)', '0 pt (0\u00a0%)', '5 pts (25\u00a0%)', '6 pts (30\u00a0%)', '0 pt (0\u00a0%)']);
    assert.match((ci[2].tooltip as vscode.MarkdownString).value, /5 points, soit 25\u00a0% des points du sujet/);

    // C4: its 8 criteria, then the places where C4 itself is tagged.
    const c4 = s.activeTree.getChildren(comps[3]);
    const c4items = c4.map((n) => s.activeTree.getTreeItem(n));
    assert.deepEqual(c4items.slice(0, 8).map((i) => `${label(i)} ${icon(i)}`), [
      'C4.1 check/charts.green', 'C4.2 check/charts.green', 'C4.3 check/charts.green',
      'C4.4 circle-large-outline/charts.red', 'C4.5 circle-large-outline/charts.red', 'C4.6 circle-large-outline/charts.red',
      'C4.7 circle-large-outline/charts.red', 'C4.8 circle-large-outline/charts.red',
    ]);
    const places = c4items.slice(8);
    assert.ok(places.length >= 2, 'C4 is tagged in its heading and in the table');
    assert.ok(places.every((p) => p.command?.command === 'rncp.revealOccurrence'));

    const hors = s.activeTree.getChildren(roots[1]).map((n) => s.activeTree.getTreeItem(n));
    assert.deepEqual(hors.map((i) => `${label(i)} ${icon(i)}`), ['C9 warning/charts.orange']);
  });

  it('reveals a place when it is clicked', async () => {
    const s = await api();
    await open('m1-lacunes.cas.md');
    await waitFor('the tree to show m1-lacunes', () => s.activeTree.coverage?.uri.endsWith('m1-lacunes.cas.md'));
    const c41 = s.activeTree.getChildren(s.activeTree.getChildren(firstBloc())[3])[0];
    const place = s.activeTree.getChildren(c41)[0];
    const cmd = s.activeTree.getTreeItem(place).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.toString().endsWith('m1-lacunes.cas.md'));
    assert.equal(editor.document.getText(editor.selection), 'C4.1');
  });

  it('applies the quick fix of a missing competency from its inline button', async () => {
    const s = await api();
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'C5 missing', (ds) => ds.some((d) => codeOf(d) === 'competence-manquante'));
    await waitFor('the tree to show m1-lacunes', () => s.activeTree.coverage?.uri.endsWith('m1-lacunes.cas.md'));
    const c5 = s.activeTree.getChildren(firstBloc())[4];
    assert.equal(await vscode.commands.executeCommand('rncp.applyFix', c5), true);
    assert.match(doc.getText(), /\{C5\}/);
    // The server re-analyses; the tree follows without the client parsing anything.
    await waitFor('C5 tagged in the tree', () => s.activeTree.coverage?.competences.find((c) => c.id === 'C5')?.status === 'partielle');
    const c5after = s.activeTree.getTreeItem(s.activeTree.getChildren(firstBloc())[4]);
    assert.equal(label(c5after), 'C5 · 0/3 critères');
    assert.equal(icon(c5after), 'color-mode/charts.yellow');
  });

  it('applies the quick fix of a partial competency from its inline button (one question per uncovered criterion)', async () => {
    const s = await api();
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'C4 partial', (ds) => ds.some((d) => codeOf(d) === 'critere-manquant' && d.message.startsWith('C4 ')));
    await waitFor('the tree to show m1-lacunes', () => s.activeTree.coverage?.uri.endsWith('m1-lacunes.cas.md'));
    const c4 = s.activeTree.getChildren(firstBloc())[3];
    assert.equal(await vscode.commands.executeCommand('rncp.applyFix', c4), true);
    assert.match(doc.getText(), /\{C9\} \(1 point\)\n\n1\. \[à rédiger\] \{C4\.4\}\n2\. \[à rédiger\] \{C4\.5\}\n3\. \[à rédiger\] \{C4\.6\}\n4\. \[à rédiger\] \{C4\.7\}\n5\. \[à rédiger\] \{C4\.8\}\n\n### Dossier 5/);
    await waitFor('C4 complete in the tree', () => s.activeTree.coverage?.competences.find((c) => c.id === 'C4')?.status === 'complete');
    const c4after = s.activeTree.getTreeItem(s.activeTree.getChildren(firstBloc())[3]);
    assert.equal(label(c4after), 'C4 · 8/8 critères');
    assert.equal(c4after.contextValue, 'competence complete');
  });

  it('shows a message instead of a tree on a Markdown file that is not a draft', async () => {
    const s = await api();
    await open('notes-jury.md');
    await waitFor('the tree to empty', () => s.tracker.value?.uri.toString().endsWith('notes-jury.md') && !s.activeTree.coverage);
    assert.deepEqual(s.activeTree.getChildren(), []);
    assert.match(String(s.activeTreeView.message), /notes-jury\.md n’est pas un sujet d’examen/);
  });

  it('lists every draft of the workspace with its modalité and score for reviewers', async () => {
    const s = await api();
    const roots = await waitFor('8 drafts', async () => {
      const r = (await s.workspaceTree.getChildren()) as WorkspaceNode[];
      return r.length === 8 ? r : undefined;
    });
    const items = roots.map((n) => s.workspaceTree.getTreeItem(n));
    assert.deepEqual(items.map((i) => `${label(i)} ${i.description}`), [
      'm1-lacunes.cas.md M1 · 4/5 C · 10/22 crit. · 20/20 points',
      'm1-maison-verdier.cas.md M1 · 5/5 C · 22/22 crit. · 20/20 points',
      'm2-cycles-durand.cas.md M2 · 4/4 C · 15/15 crit. · 20/20 points',
      'm2-lacunes.cas.md M2 · 3/4 C · 9/15 crit. · 20/20 points',
      'm3-lacunes.md M3 · 4/5 C · 15/24 crit. · 20/20 points',
      'm3-offre-referencement.cas.md M3 · 5/5 C · 24/24 crit. · 20/20 points',
      'm4-lacunes.cas.md M4 · 4/6 C · 11/18 crit. · 19/20 points',
      'm4-reorganisation-equipe.cas.md M4 · 6/6 C · 18/18 crit. · 20/20 points',
    ]);
    // The tooltip says the points against the barème and the duration in words.
    const m4tip = (items[6].tooltip as vscode.MarkdownString).value;
    assert.match(m4tip, /19 points sur 20 annoncés/);
    assert.match(m4tip, /Durée\u00a0: 3 h 15 dans le sujet pour 3 h d’épreuve/);
    // A missing competency is work to do, not an error: its own icon.
    assert.deepEqual(items.map(icon).slice(0, 2), ['circle-slash/charts.red', 'pass-filled/charts.green']);
    const comps = (await s.workspaceTree.getChildren(roots[0])).map((n) => s.workspaceTree.getTreeItem(n));
    assert.deepEqual(comps.map(label), ['C1 · 3/3 critères', 'C2 · 0/4 critères', 'C3 · 4/4 critères', 'C4 · 3/8 critères', 'C5 · 0/3 critères']);
    assert.equal(comps[0].description, '4 pts (20\u00a0%) · Concevoir un système de veille');
    assert.equal(roots[0].kind === 'draft' && roots[0].draft.uri, ws('m1-lacunes.cas.md').toString());
  });

  it('groups the subjects by modalité or by folder, and shows the incomplete ones only', async () => {
    const s = await api();
    await waitFor('8 drafts', async () => ((await s.workspaceTree.getChildren()) as WorkspaceNode[]).length === 8);
    try {
      assert.equal(await vscode.commands.executeCommand('rncp.workspace.groupBy', { by: 'modalite' }), 'modalite');
      const groups = (await s.workspaceTree.getChildren()) as WorkspaceNode[];
      assert.deepEqual(groups.map((g) => `${label(s.workspaceTree.getTreeItem(g))} ${s.workspaceTree.getTreeItem(g).description}`), [
        'Modalité M1 2 sujets · 1 à compléter', 'Modalité M2 2 sujets · 1 à compléter', 'Modalité M3 2 sujets · 1 à compléter', 'Modalité M4 2 sujets · 1 à compléter',
      ]);
      assert.equal(await vscode.commands.executeCommand('rncp.workspace.toggleIncomplete', { incompleteOnly: true }), true);
      const m1 = ((await s.workspaceTree.getChildren()) as WorkspaceNode[])[0];
      assert.deepEqual((await s.workspaceTree.getChildren(m1)).map((n) => label(s.workspaceTree.getTreeItem(n))), ['m1-lacunes.cas.md']);
      assert.equal(s.workspaceTree.drafts.length, 4);
    } finally {
      await vscode.commands.executeCommand('rncp.workspace.groupBy', { by: 'none' });
      await vscode.commands.executeCommand('rncp.workspace.toggleIncomplete', { incompleteOnly: false });
    }
  });

  it('speaks English when rncp.language is en', async () => {
    const s = await api();
    await vscode.workspace.getConfiguration('rncp').update('language', 'en', vscode.ConfigurationTarget.Workspace);
    try {
      await open('m1-lacunes.cas.md');
      await waitFor('English labels', () => {
        const roots = (s.activeTree.getChildren() as CoverageNode[]).filter((r) => r.kind === 'bloc');
        const c = roots[0] && s.activeTree.getChildren(roots[0])[4];
        return c && label(s.activeTree.getTreeItem(c)) === 'C5 · 0/3 criteria';
      }, 30_000, () => ({
        active: s.tracker.value?.uri.toString(),
        shown: s.activeTree.coverage?.uri,
        labels: (s.activeTree.getChildren() as CoverageNode[]).flatMap((r) => [label(s.activeTree.getTreeItem(r)), ...s.activeTree.getChildren(r).map((c) => label(s.activeTree.getTreeItem(c)))]),
        language: vscode.workspace.getConfiguration('rncp').get('language'),
      }));
      await waitFor('the English description', () => s.activeTreeView.description === 'm1-lacunes.cas.md · M1 · 4/5 competencies · 10/22 criteria');
      const c1 = s.activeTree.getTreeItem(s.activeTree.getChildren(firstBloc())[0]);
      assert.equal(c1.description, '4 pts (20%) · Concevoir un système de veille');
      assert.match((c1.tooltip as vscode.MarkdownString).value, /4 points, 20% of the subject’s points/);
    } finally {
      await vscode.workspace.getConfiguration('rncp').update('language', 'fr', vscode.ConfigurationTarget.Workspace);
    }
  });
});
