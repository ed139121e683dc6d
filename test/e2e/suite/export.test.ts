/** The export of the coverage report: Markdown (the CLI's report), HTML, CSV; never over a draft. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, closeAll, read, remove, ws } from './helpers';

describe('export of the report', () => {
  const out = ws('tmp-e2e-export');
  after(async () => {
    await closeAll();
    await remove(out);
  });

  it('writes the Markdown report, identical to `rncp check --format markdown`', async () => {
    await api();
    const target = vscode.Uri.joinPath(out, 'rapport.md');
    const written = await vscode.commands.executeCommand<vscode.Uri>('rncp.exportReport', { format: 'markdown', target });
    assert.equal(written?.toString(), target.toString());
    const text = await read(target);
    // The repository's CLI (this file is test/e2e/out/suite/index.js): the extension under
    // test may be an installed .vsix, which does not ship the CLI.
    const cli = path.resolve(__dirname, '../../../../server/out/cli.js');
    let expected: string;
    try {
      expected = execFileSync(process.execPath, [cli, 'check', '--format', 'markdown', '--lang', 'fr'], { cwd: ws('').fsPath, encoding: 'utf8' });
    } catch (e) {
      // Exit status 1 (errors found) still prints the report.
      expected = (e as { stdout: string }).stdout;
    }
    assert.ok(text.startsWith('# Rapport de couverture RNCP\n'), text.slice(0, 200));
    assert.equal(text.trimEnd(), expected.trimEnd());
    assert.match(text, /\| C5 — Proposer la stratégie commerciale à la direction générale \| ✘ absente, non balisée \| — \| C5\.1, C5\.2, C5\.3 \|/);
  });

  it('writes the same report as a standalone HTML page', async () => {
    const target = vscode.Uri.joinPath(out, 'rapport.html');
    await vscode.commands.executeCommand('rncp.exportReport', { format: 'html', target });
    const html = await read(target);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="fr">/);
    assert.match(html, /<h1[^>]*>Rapport de couverture RNCP<\/h1>/);
    assert.match(html, /<table>/);
    assert.match(html, /C5 — Proposer la stratégie commerciale à la direction générale/);
  });

  it('writes the matrix as CSV for a spreadsheet', async () => {
    const target = vscode.Uri.joinPath(out, 'matrice.csv');
    await vscode.commands.executeCommand('rncp.exportReport', { format: 'csv', target });
    const lines = (await read(target)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], ['Sujet', 'Titre', 'Modalité', 'Score', ...Array.from({ length: 20 }, (_, i) => `C${i + 1}`)].join(';'));
    assert.equal(lines.length, 9);
    const gaps = lines.find((l) => l.startsWith('m1-lacunes.cas.md;'))!.split(';');
    assert.deepEqual([gaps[3], gaps[4], gaps[8], gaps[12]], ['M1 · 4/5 C · 10/22 crit.', 'complète 3/3', 'absente 0/3', 'hors modalité']);
  });

  it('never writes over a draft', async () => {
    for (const name of ['m1-maison-verdier.cas.md', 'm3-lacunes.md']) {
      const target = ws(name);
      const before = await read(target);
      const written = await vscode.commands.executeCommand('rncp.exportReport', { format: 'markdown', target });
      assert.equal(written, undefined, name);
      assert.equal(await read(target), before, name);
    }
  });
});
