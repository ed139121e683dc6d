/** Hover, completion and quick fixes, through VS Code's own provider commands. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticsWhen, open } from './helpers';

/** The position of the `nth` occurrence of `needle` in a document (+ `delta` characters). */
function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not found`);
  return doc.positionAt(at + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('language features', () => {
  afterEach(closeAll);

  it('hovers a competency tag with its title and what the draft covers of it', async () => {
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'analysed', (ds) => ds.length > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '{C4}', 2));
    const text = hoverText(hovers);
    assert.match(text, /C4/);
    assert.match(text, /Concevoir la stratégie commerciale de l'entreprise/);
    assert.match(text, /3\/8|C4\.4/, text);
  });

  it('hovers a criterion with its complete text', async () => {
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'analysed', (ds) => ds.length > 0);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '{C3.2}', 2)));
    assert.match(text, /C3\.2/);
    assert.match(text, /forces et les faiblesses de l'entreprise sont identifiées/);
  });

  it('completes competency codes with their titles inside a tag', async () => {
    const editor = await open('m1-lacunes.cas.md');
    const doc = editor.document;
    await diagnosticsWhen(doc.uri, 'analysed', (ds) => ds.length > 0);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\nUne nouvelle question {C'));
    const pos = doc.lineAt(doc.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, '{');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => /^C5\b/.test(l)), labels.slice(0, 30).join(', '));
    const c5 = list.items.find((i) => /^C5\b/.test(typeof i.label === 'string' ? i.label : i.label.label))!;
    const detail = `${c5.detail ?? ''} ${typeof c5.label === 'string' ? '' : c5.label.description ?? ''} ${typeof c5.documentation === 'string' ? c5.documentation : c5.documentation?.value ?? ''}`;
    assert.match(detail, /Proposer la stratégie commerciale à la direction générale/);
    // Every row shows its title and its status in words (labelDetails), not only the selected one.
    assert.ok(typeof c5.label !== 'string' && /Proposer la stratégie/.test(c5.label.detail ?? '') && c5.label.description === 'absente', JSON.stringify(c5.label));
    const c9 = list.items.find((i) => typeof i.label !== 'string' && i.label.label === 'C9');
    assert.equal(c9 && typeof c9.label !== 'string' ? c9.label.description : undefined, 'hors modalité');
  });

  it('applies the quick fix of a missing competency and the document gets the tagged question', async () => {
    const editor = await open('m1-lacunes.cas.md');
    const doc = editor.document;
    const ds = await diagnosticsWhen(doc.uri, 'C5 missing', (all) => all.some((d) => codeOf(d) === 'competence-manquante'));
    const missing = ds.find((d) => codeOf(d) === 'competence-manquante')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('C5'));
    assert.ok(fix?.edit, `no quick fix for C5 among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.title, 'Ajouter une question pour C5 (Proposer la stratégie commerciale à la direction générale)');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /\n### Proposer la stratégie commerciale à la direction générale \{C5\}\n\n1\. \[à rédiger\]\n/);
    // A snippet edit (LSP 3.18): the placeholder comes selected, in view.
    assert.equal(doc.getText(editor.selection), '[à rédiger]');
    assert.ok(editor.visibleRanges.some((r) => r.contains(editor.selection)), 'the placeholder is in view');
    // The insertion lands in "Travail à faire", the last level-2 section of this sample.
    assert.ok(doc.getText().indexOf('{C5}') > doc.getText().indexOf('## Travail à faire'));
    // Not a silent "complete": the question to write keeps a warning.
    await diagnosticsWhen(doc.uri, 'question-a-rediger instead of competence-manquante', (all) => all.some((d) => codeOf(d) === 'question-a-rediger') && !all.some((d) => codeOf(d) === 'competence-manquante'));
  });

  it('fixes a malformed tag', async () => {
    const { document: doc } = await open('m2-lacunes.cas.md');
    const ds = await diagnosticsWhen(doc.uri, 'tag-malforme', (all) => all.some((d) => codeOf(d) === 'tag-malforme'));
    const bad = ds.find((d) => codeOf(d) === 'tag-malforme')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, bad.range, vscode.CodeActionKind.QuickFix.value);
    // (VS Code's command returns actions without their diagnostics: find it by its title.)
    const fix = actions.find((a) => a.edit && a.title.includes('{C6, C7}'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.title, 'Corriger la balise : {C6, C7}');
    const line = bad.range.start.line;
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(line).text, /\{C6, C7\}/);
  });

  it('folds a *.cas.md draft by headings', async () => {
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'analysed', (ds) => ds.length > 0);
    const line = (text: string) => doc.getText().split('\n').findIndex((l) => l === text);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    const travail = ranges.find((r) => r.start === line('## Travail à faire'));
    assert.ok(travail, ranges.map((r) => `${r.start}-${r.end}`).join(' '));
    // The last section runs to the last line of text (the trailing blank lines are not folded).
    const lines = doc.getText().split('\n');
    assert.equal(travail.end, lines.length - 1 - [...lines].reverse().findIndex((l) => l.trim() !== ''));
    assert.ok(ranges.some((r) => r.start === line('### Dossier 4 — Concevoir la stratégie commerciale {C4} (7 points)')));
  });
});
