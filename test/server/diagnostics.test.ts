import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { toLspDiagnostic } from '../../server/src/core/features/diagnostics';
import { analyze } from '../helpers/core';
import { removeWorkspace, TestClient, tempWorkspace, uriOf } from '../helpers/lsp';

/** What the core says about a text, as LSP diagnostics (the server must say the same). */
function expected(text: string, fileName: string, lang: 'fr' | 'en' = 'fr'): Diagnostic[] {
  // Through JSON, as the client receives them (undefined fields dropped).
  return JSON.parse(JSON.stringify(analyze(text, fileName, { settings: { lang } }).diagnostics.map(toLspDiagnostic))) as Diagnostic[];
}

const DRAFT = '---\nmodalite: M2\n---\n# Sujet {C6}\n\n## Travail à faire\n\n1. Question {C7; C8}\n2. Autre {C9-C7} {C22} {C6.9}\n';

describe('server: diagnostics of open drafts', function () {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempWorkspace({});
    client = await TestClient.start({ folder: dir });
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  it('publishes the core\'s diagnostics on open, with source, codes, ranges and version', async () => {
    const uri = uriOf(dir, 'open.cas.md');
    await client.open(uri, DRAFT);
    const got = await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
    assert.deepEqual(got, expected(DRAFT, `${dir}/open.cas.md`));
    assert.deepEqual([...new Set(got.map((d) => d.code))].sort(), ['competence-inconnue', 'competence-manquante', 'critere-inconnu', 'critere-manquant', 'plage-invalide', 'tag-malforme']);
    assert.ok(got.every((d) => d.source === 'rncp'));
  });

  it('re-checks on change; the latest of several quick changes wins', async () => {
    const uri = uriOf(dir, 'quick.cas.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
    const texts = ['{C1}', '{C2}', '{C3}', '{C99}', '{C6-C9}'].map((t) => `---\nmodalite: M2\n---\n# Q ${t}\n`);
    let last = 0;
    for (const t of texts) last = await client.change(uri, t);
    const got = await client.waitForDiagnostics(uri, (_d, p) => p.version === last);
    assert.deepEqual(got, expected(texts[texts.length - 1], `${dir}/quick.cas.md`));
    // Never an older version published after a newer one.
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  });

  it('incremental changes are applied to the text the server checks', async () => {
    const uri = uriOf(dir, 'incr.cas.md');
    await client.open(uri, '---\nmodalite: M2\n---\n# Q {C6}\n');
    await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 6 }, end: { line: 3, character: 7 } }, text: '42' }],
    });
    const got = await client.waitForDiagnostics(uri, (_d, p) => p.version === 2);
    assert.ok(got.some((d) => d.code === 'competence-inconnue' && d.range.start.character === 5 && d.range.end.character === 8));
  });

  it('gives non-drafts nothing, ever', async () => {
    const notes = uriOf(dir, 'notes.md');
    const marker = uriOf(dir, 'marker.cas.md');
    await client.open(notes, '# Notes {C3; C4} {C99}\n');
    await client.change(notes, '# Notes encore {C3 et C4}\n');
    // The server handles messages in order: once a later draft is published, the notes were seen.
    await client.open(marker, '---\nmodalite: M1\n---\n');
    await client.waitForDiagnostics(marker);
    assert.ok(!client.published.some((p) => p.uri === notes));
    assert.deepEqual(await client.request('textDocument/hover', { textDocument: { uri: notes }, position: { line: 0, character: 10 } }), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: notes } }), []);
  });

  it('clears the diagnostics of a draft that stops being one', async () => {
    const uri = uriOf(dir, 'became.md');
    await client.open(uri, '---\nmodalite: M1\n---\n{C99}\n');
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    await client.change(uri, '# Plus un sujet {C99}\n');
    assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), []);
  });

  it('treats a document in the casestudy language as a draft', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, '# Sujet {C99}\n', 'casestudy');
    const got = await client.waitForDiagnostics(uri);
    assert.deepEqual(got.map((d) => d.code), ['modalite-absente', 'competence-inconnue']);
  });
});
