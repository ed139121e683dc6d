/**
 * The exam documents in the extension (FORMAT.md §10): the three export commands write the
 * file chosen (Markdown, HTML, Word, CSV), never over a draft, nothing when the document is
 * blocked; the candidate's preview shows the subject without tags and follows the edits.
 * Needs no Node: also run in the web worker host.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewState } from '../../../client/src/preview/candidatePreview';
import { api, closeAll, open, read, remove, waitFor, ws } from './helpers';

const DRAFT = 'm1-maison-verdier.cas.md';

/** Every Markdown file of the workspace and its text (the drafts must come out unchanged). */
async function drafts(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const uri of await vscode.workspace.findFiles('**/*.md', '**/tmp-e2e-*/**')) out.set(uri.toString(), await read(uri));
  return out;
}

async function bytes(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

describe('exam documents', () => {
  const out = ws('tmp-e2e-documents');
  let initial: Map<string, string>;
  const run = (command: string, args: object) => vscode.commands.executeCommand<vscode.Uri | undefined>(command, { acceptWarnings: true, ...args });

  before(async () => {
    await api();
    initial = await drafts();
  });
  after(async () => {
    await closeAll();
    await remove(out);
  });

  it('exports the candidate’s version of the active draft in Markdown: no tags, no answer key', async () => {
    await open(DRAFT);
    const target = vscode.Uri.joinPath(out, 'verdier.candidat.md');
    const written = await run('rncp.exportCandidate', { format: 'md', target });
    assert.equal(written?.toString(), target.toString());
    const text = await read(target);
    assert.match(text, /Organiser le système de veille/);
    assert.doesNotMatch(text, /\{C\d/);
    assert.doesNotMatch(text, /:::corrige|Un pilote : la chargée de marketing/);
    assert.doesNotMatch(text, /^referentiel:/m);
    assert.match(text, /\(3 points\)/, 'points marks stay');
  });

  it('exports the correctors’ file with the answer keys and the criteria', async () => {
    const target = vscode.Uri.joinPath(out, 'verdier.correcteur.md');
    await run('rncp.exportCorrector', { uri: ws(DRAFT), format: 'md', target });
    const text = await read(target);
    assert.match(text, /Un pilote : la chargée de marketing/);
    assert.match(text, /C1\.1/);
    assert.doesNotMatch(text, /\{C\d/);
  });

  it('generates the evaluation grid in Markdown and CSV', async () => {
    const md = vscode.Uri.joinPath(out, 'verdier.grille.md');
    await run('rncp.exportGrid', { uri: ws(DRAFT), format: 'md', target: md });
    const text = await read(md);
    assert.match(text, /C1\.1/);
    assert.match(text, /Acquis/);
    const csv = vscode.Uri.joinPath(out, 'verdier.grille.csv');
    await run('rncp.exportGrid', { uri: ws(DRAFT), format: 'csv', target: csv });
    assert.match(await read(csv), /C1\.1/);
  });

  it('writes a standalone HTML page and a Word file', async () => {
    const html = vscode.Uri.joinPath(out, 'verdier.candidat.html');
    assert.ok(await run('rncp.exportCandidate', { uri: ws(DRAFT), format: 'html', target: html }), 'html written');
    const page = await read(html);
    assert.match(page, /<title>[^<]+<\/title>/);
    assert.doesNotMatch(page, /\{C\d/);
    const docx = vscode.Uri.joinPath(out, 'verdier.correcteur.docx');
    assert.ok(await run('rncp.exportCorrector', { uri: ws(DRAFT), format: 'docx', target: docx }), 'docx written');
    const b = await bytes(docx);
    assert.equal(String.fromCharCode(b[0], b[1]), 'PK', 'a zip file');
  });

  it('never writes over a draft, nor a blocked document', async () => {
    for (const name of [DRAFT, 'm3-lacunes.md']) {
      const target = ws(name);
      const text = await read(target);
      assert.equal(await run('rncp.exportCandidate', { uri: ws('m2-cycles-durand.cas.md'), format: 'md', target }), undefined, name);
      assert.equal(await read(target), text, name);
    }
    // m3-lacunes ends with a :::jury never closed: its documents are not exported.
    const blocked = vscode.Uri.joinPath(out, 'm3.candidat.md');
    assert.equal(await run('rncp.exportCandidate', { uri: ws('m3-lacunes.md'), format: 'md', target: blocked }), undefined);
    assert.equal(await exists(blocked), false);
    // Not a draft: nothing either.
    const notes = vscode.Uri.joinPath(out, 'readme.candidat.md');
    assert.equal(await run('rncp.exportCandidate', { uri: ws('README.md'), format: 'md', target: notes }), undefined);
    assert.equal(await exists(notes), false);
  });

  it('changed no draft', async () => {
    await closeAll();
    assert.deepEqual([...(await drafts())].sort(), [...initial].sort());
  });

  describe('the candidate’s preview', () => {
    after(closeAll);

    it('opens beside the draft and shows the subject without tags', async () => {
      const s = await api();
      const editor = await open(DRAFT);
      const state = await vscode.commands.executeCommand<PreviewState>('rncp.previewCandidate');
      assert.ok(state, 'a state');
      assert.equal(state.uri, ws(DRAFT).toString());
      assert.equal(state.kind, 'html');
      assert.match(state.text, /Organiser le système de veille/);
      assert.doesNotMatch(state.text, /\{C\d/);
      assert.match(state.html, /Content-Security-Policy/);
      assert.ok(s.candidatePreview.isOpen);
      // The focus stays in the editor.
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    });

    it('updates after an edit', async () => {
      const s = await api();
      const editor = vscode.window.activeTextEditor!;
      const at = editor.document.positionAt(editor.document.getText().indexOf('## Consignes'));
      await editor.edit((e) => e.insert(at, 'Paragraphe ajouté pour l’aperçu {C2}.\n\n'));
      const state = await waitFor('the preview to show the edit', () => {
        const l = s.candidatePreview.last;
        return l && l.text.includes('Paragraphe ajouté pour l’aperçu') ? l : undefined;
      }, 15_000, () => s.candidatePreview.last?.text.slice(0, 300));
      assert.doesNotMatch(state.text, /\{C2\}/);
    });

    it('follows the active draft', async () => {
      const s = await api();
      await open('m2-cycles-durand.cas.md');
      await waitFor('the preview to follow m2', () => {
        const l = s.candidatePreview.last;
        return l && l.uri === ws('m2-cycles-durand.cas.md').toString() && l.text.includes('Cycles Durand') ? l : undefined;
      }, 15_000, () => s.candidatePreview.last?.uri);
    });
  });
});
