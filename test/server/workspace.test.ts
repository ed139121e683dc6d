import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { removeWorkspace, TestClient, tempWorkspace, uriOf, writeFile } from '../helpers/lsp';

/** The codes of diagnostics, without the many `critere-manquant` informations. */
const codes = (d: Diagnostic[]) => d.filter((x) => x.code !== 'critere-manquant').map((x) => x.code);

describe('server: the workspace index', function () {
  let client: TestClient;
  let dir: string;
  let other: string | undefined;
  const A = '---\nmodalite: M1\n---\n# A {C1-C5} {C21} {C9}\n';
  before(async () => {
    dir = tempWorkspace({
      'a.cas.md': A,
      'sub/b.md': '---\nreferentiel: mdc-2023\nmodalite: M4\n---\n# B {C15-C20}\n',
      'notes.md': '# Notes {C3; C4}\n',
      'node_modules/pkg/x.cas.md': '# X {C99}\n',
      '.cache/y.cas.md': '# Y {C99}\n',
      'binaire.cas.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0, 1, 2, 0]),
      'local/ref.yaml': fs.readFileSync(path.join(__dirname, '../../referentiels/mdc-2023.yaml'), 'utf8'),
      'local/sujet.cas.md': '---\nreferentiel: ref.yaml\nmodalite: M2\n---\n# S {C6-C9}\n',
    });
    client = await TestClient.start({ folder: dir });
    await client.waitForLog(/indexed/);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
    removeWorkspace(other);
  });

  it('publishes diagnostics for drafts nobody opened', async () => {
    assert.deepEqual(codes(await client.waitForDiagnostics(uriOf(dir, 'a.cas.md'))), ['competence-inconnue', 'hors-modalite']);
    assert.deepEqual(codes(await client.waitForDiagnostics(uriOf(dir, 'sub/b.md'))), []);
    assert.deepEqual(codes(await client.waitForDiagnostics(uriOf(dir, 'local/sujet.cas.md'))), []);
  });

  it('skips non-drafts, node_modules, dot-folders and binary files (with a log line)', () => {
    const uris = new Set(client.published.map((p) => p.uri));
    for (const f of ['notes.md', 'node_modules/pkg/x.cas.md', '.cache/y.cas.md', 'binaire.cas.md']) assert.ok(!uris.has(uriOf(dir, f)), f);
    assert.ok(client.logs.some((l) => /binaire\.cas\.md: binary content/.test(l.message)));
  });

  it('follows a file created, changed and deleted on disk', async () => {
    const uri = uriOf(dir, 'new/c.cas.md');
    writeFile(dir, 'new/c.cas.md', '---\nmodalite: M3\n---\n# C {C10-C14} {C3}\n');
    await client.filesChanged([{ uri, type: 1 }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri)), ['hors-modalite']);
    writeFile(dir, 'new/c.cas.md', '---\nmodalite: M3\n---\n# C {C10-C14} {C42}\n');
    await client.filesChanged([{ uri, type: 2 }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d) => !codes(d).includes('hors-modalite'))), ['competence-inconnue']);
    fs.rmSync(path.join(dir, 'new/c.cas.md'));
    await client.filesChanged([{ uri, type: 3 }]);
    assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), []);
  });

  it('asks the editor for folder events too (a folder deleted or moved comes as one event)', () => {
    const reg = client.history.find((n) => n.method === 'request:client/registerCapability')?.params as { registrations: { method: string; registerOptions: { watchers: { globPattern: string; kind?: number }[] } }[] };
    const watchers = reg.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!.registerOptions.watchers;
    assert.ok(watchers.some((w) => w.globPattern === '**/*' && w.kind === (1 | 4)), JSON.stringify(watchers));
  });

  it('drops the drafts of a folder deleted as a whole (one event), whatever its name', async () => {
    const drafts = ['gone/x.cas.md', 'gone/deep/y.cas.md', 'chapitre.md/z.cas.md'];
    for (const f of drafts) writeFile(dir, f, '# G {C99}\n');
    await client.filesChanged(drafts.map((f) => ({ uri: uriOf(dir, f), type: 1 as const })));
    for (const f of drafts) await client.waitForDiagnostics(uriOf(dir, f), (d) => d.length > 0);
    fs.rmSync(path.join(dir, 'gone'), { recursive: true });
    fs.rmSync(path.join(dir, 'chapitre.md'), { recursive: true });
    await client.filesChanged([{ uri: uriOf(dir, 'gone'), type: 3 }, { uri: uriOf(dir, 'chapitre.md'), type: 3 }]);
    for (const f of drafts) await client.waitForDiagnostics(uriOf(dir, f), (d) => d.length === 0);
    const coverage = await client.request<{ drafts: { uri: string }[] }>('rncp/coverage', {});
    assert.ok(!coverage.drafts.some((d) => /\/(gone|chapitre\.md)\//.test(d.uri)), 'gone from the index too');
  });

  it('indexes a folder moved in as a whole (one event), and forgets the old place', async () => {
    writeFile(dir, 'avant/m.cas.md', '# M {C99}\n');
    await client.filesChanged([{ uri: uriOf(dir, 'avant/m.cas.md'), type: 1 }]);
    await client.waitForDiagnostics(uriOf(dir, 'avant/m.cas.md'), (d) => d.length > 0);
    fs.renameSync(path.join(dir, 'avant'), path.join(dir, 'apres'));
    await client.filesChanged([{ uri: uriOf(dir, 'avant'), type: 3 }, { uri: uriOf(dir, 'apres'), type: 1 }]);
    await client.waitForDiagnostics(uriOf(dir, 'avant/m.cas.md'), (d) => d.length === 0);
    await client.waitForDiagnostics(uriOf(dir, 'apres/m.cas.md'), (d) => d.length > 0);
  });

  it('follows a rename (deleted + created)', async () => {
    const from = uriOf(dir, 'r1.cas.md');
    const to = uriOf(dir, 'r2.cas.md');
    writeFile(dir, 'r1.cas.md', '# R {C99}\n');
    await client.filesChanged([{ uri: from, type: 1 }]);
    await client.waitForDiagnostics(from, (d) => d.length > 0);
    fs.renameSync(path.join(dir, 'r1.cas.md'), path.join(dir, 'r2.cas.md'));
    await client.filesChanged([{ uri: from, type: 3 }, { uri: to, type: 1 }]);
    await client.waitForDiagnostics(from, (d) => d.length === 0);
    assert.deepEqual(codes(await client.waitForDiagnostics(to)), ['modalite-absente', 'competence-inconnue']);
  });

  it('a file that becomes a draft on disk gets diagnostics; one that stops being one loses them', async () => {
    const uri = uriOf(dir, 'notes.md');
    fs.writeFileSync(path.join(dir, 'notes.md'), '---\nmodalite: M1\n---\n# Notes {C3; C4}\n');
    await client.filesChanged([{ uri, type: 2 }]);
    assert.ok(codes(await client.waitForDiagnostics(uri)).includes('tag-malforme'));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes {C3; C4}\n');
    await client.filesChanged([{ uri, type: 2 }]);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('the editor\'s text wins while a draft is open; the disk\'s again once closed', async () => {
    const uri = uriOf(dir, 'a.cas.md');
    await client.open(uri, '---\nmodalite: M1\n---\n# A {C1-C5}\n');
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (_d, p) => p.version === 1)), []);
    const seen = client.published.length;
    fs.writeFileSync(path.join(dir, 'a.cas.md'), '---\nmodalite: M1\n---\n# A {C1-C5} {C77}\n');
    await client.filesChanged([{ uri, type: 2 }]);
    await client.change(uri, '---\nmodalite: M1\n---\n# A {C1-C5} {C3}\n');
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (_d, p) => p.version === 2)), []);
    assert.ok(client.published.slice(seen).every((p) => p.uri !== uri || p.version !== undefined), 'the disk text was not published while open');
    await client.close(uri);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (_d, p) => p.version === undefined)), ['competence-inconnue']);
    fs.writeFileSync(path.join(dir, 'a.cas.md'), A);
    await client.filesChanged([{ uri, type: 2 }]);
    await client.waitForDiagnostics(uri, (d) => codes(d).includes('hors-modalite'));
  });

  it('follows a référentiel file named by a draft', async () => {
    const uri = uriOf(dir, 'local/sujet.cas.md');
    const ref = path.join(dir, 'local/ref.yaml');
    fs.writeFileSync(ref, fs.readFileSync(ref, 'utf8').replace('competences: [C6, C7, C8, C9]', 'competences: [C6, C7, C8]'));
    await client.filesChanged([{ uri: uriOf(dir, 'local/ref.yaml'), type: 2 }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d) => codes(d).length > 0)), ['hors-modalite']);
  });

  it('follows workspace folders added and removed', async () => {
    other = tempWorkspace({ 'z.cas.md': '---\nmodalite: M1\n---\n# Z {C99}\n' });
    const uri = uriOf(other, 'z.cas.md');
    const folder = { uri: new URL(`file://${other}`).href, name: 'other' };
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    assert.deepEqual(codes(await client.waitForDiagnostics(uri)), ['competence-manquante', 'competence-manquante', 'competence-manquante', 'competence-manquante', 'competence-manquante', 'competence-inconnue']);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('a setting turns workspace diagnostics off (open drafts keep theirs) and on again', async () => {
    const a = uriOf(dir, 'a.cas.md');
    const open = uriOf(dir, 'sub/b.md');
    await client.open(open, '---\nmodalite: M4\n---\n# B {C99}\n');
    await client.waitForDiagnostics(open, (d) => d.length > 0);
    await client.setSettings({ workspaceDiagnostics: false });
    await client.waitForDiagnostics(a, (d) => d.length === 0);
    assert.ok((await client.waitForDiagnostics(open)).length > 0);
    // Unopened files are no longer followed.
    writeFile(dir, 'off.cas.md', '# Off {C99}\n');
    await client.filesChanged([{ uri: uriOf(dir, 'off.cas.md'), type: 1 }]);
    await client.setSettings({ workspaceDiagnostics: true });
    assert.deepEqual(codes(await client.waitForDiagnostics(a, (d) => codes(d).length > 0)), ['competence-inconnue', 'hors-modalite']);
    await client.waitForDiagnostics(uriOf(dir, 'off.cas.md'), (d) => d.length > 0);
    await client.close(open);
  });
});

describe('server: what unopened drafts report (rncp.workspaceDiagnostics)', function () {
  // C1.1 alone: C1 partielle (critere-manquant, information); C21: an error; C9: a warning.
  const TEXT = '---\nmodalite: M1\n---\n# A {C1.1} {C2-C5} {C21} {C9}\n';
  const all = (d: Diagnostic[]) => d.map((x) => x.code).sort();
  let client: TestClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = tempWorkspace({ 'a.cas.md': TEXT });
    uri = uriOf(dir, 'a.cas.md');
    client = await TestClient.start({ folder: dir });
    await client.waitForLog(/indexed/);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  it('by default: errors and warnings of an unopened draft, not its informations', async () => {
    assert.deepEqual(all(await client.waitForDiagnostics(uri)), ['competence-inconnue', 'hors-modalite']);
  });
  it('opening the draft publishes all of its diagnostics at once, closing it goes back to errors and warnings', async () => {
    await client.open(uri, TEXT);
    const opened = await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
    assert.deepEqual(all(opened), ['competence-inconnue', 'critere-manquant', 'critere-manquant', 'critere-manquant', 'critere-manquant', 'critere-manquant', 'hors-modalite']);
    await client.close(uri);
    assert.deepEqual(all(await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'critere-manquant'))), ['competence-inconnue', 'hors-modalite']);
  });
  it('all: informations too; off: nothing; true and false, the former values, still read', async () => {
    await client.setSettings({ workspaceDiagnostics: 'all' });
    assert.ok((await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'critere-manquant'))).some((x) => x.code === 'competence-inconnue'));
    await client.setSettings({ workspaceDiagnostics: false });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.setSettings({ workspaceDiagnostics: true });
    assert.deepEqual(all(await client.waitForDiagnostics(uri, (d) => d.length > 0)), ['competence-inconnue', 'hors-modalite']);
    await client.setSettings({ workspaceDiagnostics: 'off' });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
  });
});
