/**
 * The server facing odd files in its workspace: special files, names that are
 * not UTF-8, linked drafts, référentiels outside the workspace. The built server
 * runs over stdio; a hang or a crash fails the hover asked at the end.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers/core';
import { removeWorkspace, TestClient, tempWorkspace, uriOf, writeFile } from '../helpers/lsp';

const ERR = '---\nmodalite: M2\n---\n# Sujet {C21}\n';
const codes = (d: Diagnostic[]) => d.filter((x) => x.code !== 'critere-manquant').map((x) => x.code);
const message = (d: Diagnostic[], code: string) => d.filter((x) => x.code === code).map((x) => (typeof x.message === 'string' ? x.message : x.message.value));

describe('server: odd files in the workspace', function () {
  let client: TestClient;
  let root: string;
  let dir: string;
  const RAW = Buffer.from([0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x2e, 0x63, 0x61, 0x73, 0x2e, 0x6d, 0x64]);
  before(async () => {
    root = tempWorkspace({
      'ws/ok.cas.md': ERR,
      'ws/dossier.cas.md/dedans.cas.md': ERR,
      'ws/hors.cas.md': '---\nreferentiel: ../ailleurs/ref.yaml\nmodalite: M2\n---\n# S {C6-C9}\n',
      'ailleurs/ref.yaml': fs.readFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml')),
      'ailleurs/lie.cas.md': ERR,
    });
    dir = path.join(root, 'ws');
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.cas.md'));
    execFileSync('mkfifo', [path.join(dir, 'tube.cas.md')]);
    fs.symlinkSync(path.join(root, 'ailleurs/lie.cas.md'), path.join(dir, 'lien.cas.md'));
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), RAW]), ERR);
    client = await TestClient.start({ folder: dir });
    await client.waitForLog(/indexed/);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(root);
  });

  it('skips a FIFO and a link to /dev/zero with one log line each, and keeps serving', async () => {
    assert.ok(client.logs.some((l) => /tube\.cas\.md: not a regular file \(a named pipe \(FIFO\)\): not read/.test(l.message)), JSON.stringify(client.logs));
    assert.ok(client.logs.some((l) => /zero\.cas\.md: not a regular file \(a character device\): not read/.test(l.message)));
    assert.ok(codes(await client.waitForDiagnostics(uriOf(dir, 'dossier.cas.md/dedans.cas.md'))).includes('competence-inconnue'), 'a folder named x.cas.md is walked');
    const uri = uriOf(dir, 'ok.cas.md');
    await client.open(uri, '---\nmodalite: M2\n---\n# Sujet {C6}\n');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 10 } });
    assert.match(JSON.stringify(hover), /C6/);
    client.assertAlive();
  });

  it('indexes a draft whose name is not UTF-8 under a URI with its bytes percent-encoded', async () => {
    const uri = `${uriOf(dir, 'x').slice(0, -1)}r%E9sum%E9.cas.md`;
    assert.ok(codes(await client.waitForDiagnostics(uri)).includes('competence-inconnue'));
  });

  it('follows a linked draft', async () => {
    assert.ok(codes(await client.waitForDiagnostics(uriOf(dir, 'lien.cas.md'))).includes('competence-inconnue'));
  });

  it('reads a référentiel outside the workspace only when rncp.referentiel.allowOutside is on', async () => {
    const uri = uriOf(dir, 'hors.cas.md');
    const d = await client.waitForDiagnostics(uri);
    assert.deepEqual(message(d, 'referentiel-inconnu'), ['Référentiel hors de l’espace de travail : ../ailleurs/ref.yaml n’est pas lu (seuls les fichiers de l’espace de travail, du dossier du sujet et les référentiels fournis le sont ; le réglage rncp.referentiel.allowOutside ou l’option --allow-referentiel-outside lève cette limite).']);
    await client.setSettings({ referentiel: { allowOutside: true } });
    await client.waitForDiagnostics(uri, (x) => codes(x).length === 0);
    await client.setSettings({});
    await client.waitForDiagnostics(uri, (x) => codes(x).includes('referentiel-inconnu'));
  });

  it('a draft replaced by a FIFO on disk leaves the index without blocking', async () => {
    const name = 'devient-tube.cas.md';
    writeFile(dir, name, ERR);
    await client.filesChanged([{ uri: uriOf(dir, name), type: 1 }]);
    await client.waitForDiagnostics(uriOf(dir, name), (d) => d.length > 0);
    fs.rmSync(path.join(dir, name));
    execFileSync('mkfifo', [path.join(dir, name)]);
    await client.filesChanged([{ uri: uriOf(dir, name), type: 2 }]);
    await client.waitForDiagnostics(uriOf(dir, name), (d) => d.length === 0);
    client.assertAlive();
  });
});
