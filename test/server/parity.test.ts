import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { runCli } from '../../server/src/cli/main';
import { ROOT } from '../helpers/core';
import { removeWorkspace, TestClient, tempWorkspace, uriOf } from '../helpers/lsp';

/** A diagnostic as both sides can say it: code, severity, 1-based range (end exclusive), message. */
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const fromServer = (d: Diagnostic) => `${d.code} ${SEVERITY[d.severity ?? 0]} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`;
interface CliDiagnostic { code: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }
const fromCli = (d: CliDiagnostic) => `${d.code} ${d.severity} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`;

describe('server: same diagnostics as the CLI on every sample', function () {
  let client: TestClient;
  let dir: string;
  let cli: { files: { path: string; diagnostics: CliDiagnostic[] }[] };
  const samples = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md')).sort();

  before(async () => {
    dir = tempWorkspace(Object.fromEntries(samples.map((f) => [f, fs.readFileSync(path.join(ROOT, 'samples', f))])));
    let out = '';
    runCli(['check', '.', '--format', 'json'], { stdout: (s) => (out += s), stderr: () => {}, cwd: dir });
    cli = JSON.parse(out);
    // Every diagnostic of unopened drafts too, to compare them all with the CLI's.
    client = await TestClient.start({ folder: dir, settings: { workspaceDiagnostics: 'all' } });
    await client.waitForLog(/indexed/);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  it('finds the same drafts', () => {
    const server = [...client.diagnostics.keys()].map((u) => path.basename(new URL(u).pathname)).sort();
    assert.deepEqual(server, cli.files.map((f) => f.path).sort());
    assert.ok(!server.includes('notes-jury.md') && !server.includes('README.md'));
  });

  it('renders the same Markdown report as `rncp check --format markdown` (rncp/report)', async () => {
    let out = '';
    runCli(['check', '.', '--format', 'markdown'], { stdout: (s) => (out += s), stderr: () => {}, cwd: dir });
    const { content } = await client.request<{ content: string }>('rncp/report', { format: 'markdown' });
    assert.equal(`${content}\n`, out);
    const one = await client.request<{ content: string }>('rncp/report', { format: 'markdown', uris: [uriOf(dir, 'm2-lacunes.cas.md')] });
    assert.ok(one.content.includes('m2-lacunes.cas.md') && !one.content.includes('m1-lacunes.cas.md'));
  });

  for (const sample of samples) {
    it(sample, async () => {
      const fromCliFile = cli.files.find((f) => f.path === sample);
      if (!fromCliFile) return assert.ok(!client.diagnostics.has(uriOf(dir, sample)), 'a non-draft gets nothing');
      const indexed = await client.waitForDiagnostics(uriOf(dir, sample));
      assert.deepEqual(indexed.map(fromServer), fromCliFile.diagnostics.map(fromCli));
      // Open in the editor, the same text gives the same diagnostics.
      const uri = uriOf(dir, sample);
      await client.open(uri, fs.readFileSync(path.join(dir, sample), 'utf8'));
      const opened = await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
      assert.deepEqual(opened.map(fromServer), fromCliFile.diagnostics.map(fromCli));
      await client.close(uri);
    });
  }
});
