import * as assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { removeWorkspace, TestClient, tempWorkspace, uriOf } from '../helpers/lsp';

const HOSTILE = `---\nmodalite: M1\n---\n# Sujet {C1}\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`;

describe('server: the analysis budget', function () {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempWorkspace({
      'gros.cas.md': `---\nmodalite: M1\n---\n${'x'.repeat(1_600_000)}\n`,
      'alias.cas.md': '---\nmodalite: M1\ntitre: *Important*\n---\n# S {C1}\n',
    });
    client = await TestClient.start({ folder: dir, settings: { maxFileSize: 1_500_000 } });
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  it('publishes one analyse-incomplete for 1,000 nested list levels, and still answers a hover on another draft', async () => {
    const hostile = uriOf(dir, 'hostile.cas.md');
    await client.open(hostile, HOSTILE);
    const got = await client.waitForDiagnostics(hostile, (_d, p) => p.version === 1);
    assert.deepEqual(got.filter((d) => d.code === 'analyse-incomplete').map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`), ['105:200-105:203']);
    const ok = uriOf(dir, 'ok.cas.md');
    await client.open(ok, '---\nmodalite: M1\n---\n# Sujet {C1}\n');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ok }, position: { line: 3, character: 10 } });
    assert.match(JSON.stringify(hover?.contents), /Concevoir un système de veille/);
  });

  it('reports a workspace draft over rncp.maxFileSize as one analyse-incomplete on line 1', async () => {
    const got = await client.waitForDiagnostics(uriOf(dir, 'gros.cas.md'));
    assert.deepEqual(got.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`), ['analyse-incomplete 0:0-0:3']);
    assert.match(String(got[0].message), /fichier trop volumineux \(1,6 Mo, limite 1,5 Mo\)/);
  });

  it('publishes frontmatter-invalide for an unresolved alias in a workspace draft', async () => {
    const got = await client.waitForDiagnostics(uriOf(dir, 'alias.cas.md'));
    assert.ok(got.some((d) => d.code === 'frontmatter-invalide' && d.range.start.line === 2 && d.range.start.character === 7), JSON.stringify(got));
  });
});
