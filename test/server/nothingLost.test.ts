/**
 * The server never writes a user's file: after a session of every request it
 * answers (every code action included, and every command it registers), the
 * workspace is byte for byte and mtime for mtime what it was. Code actions only
 * return edits; the server never asks the editor to apply one.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CodeLens, Command, Diagnostic } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers/core';
import { TestClient, removeWorkspace, tempWorkspace, uriOf } from '../helpers/lsp';
import { changes, snapshot } from '../helpers/snapshot';

describe('server: nothing lost', function () {
  this.timeout(60_000);
  let client: TestClient;
  let dir: string;
  const names = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md')).sort();
  before(async () => {
    dir = tempWorkspace(Object.fromEntries(names.map((f) => [f, fs.readFileSync(path.join(ROOT, 'samples', f))])));
    client = await TestClient.start({ folder: dir });
    await client.waitForLog(/indexed/);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  it('a session of every request leaves every file as it was, and asks for no edit', async () => {
    const before = snapshot(dir);
    const commands = new Set<string>(client.initializeResult?.capabilities.executeCommandProvider?.commands ?? []);
    let actions = 0;
    for (const name of names) {
      const uri = uriOf(dir, name);
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      await client.open(uri, text);
      // Drafts were published by the indexing; notes and READMEs never are.
      const diagnostics: Diagnostic[] = client.diagnostics.has(uri) ? await client.waitForDiagnostics(uri, (_d, p) => p.version === 1) : [];
      const textDocument = { uri };
      const lines = text.split('\n');
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      // Every code action: of the whole draft, and of each diagnostic alone.
      for (const context of [{ diagnostics }, ...diagnostics.map((d) => ({ diagnostics: [d] }))]) {
        const range = context.diagnostics.length === 1 ? context.diagnostics[0].range : whole;
        const got = await client.request<(CodeAction | Command)[]>('textDocument/codeAction', { textDocument, range, context });
        actions += got.length;
        for (const a of got) {
          const cmd = typeof a.command === 'string' ? a.command : a.command?.command;
          if (cmd) commands.add(cmd);
        }
      }
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument });
      for (const l of lenses) if (l.command) commands.add(l.command.command);
      for (const [line, l] of lines.entries()) {
        for (let character = l.indexOf('{'); character >= 0; character = l.indexOf('{', character + 1)) {
          const position = { line, character: character + 2 };
          await client.request('textDocument/hover', { textDocument, position });
          await client.request('textDocument/completion', { textDocument, position });
          await client.request('textDocument/definition', { textDocument, position });
          await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
          await client.request('textDocument/documentHighlight', { textDocument, position });
        }
      }
      await client.request('textDocument/inlayHint', { textDocument, range: whole });
      await client.request('textDocument/documentSymbol', { textDocument });
      await client.request('rncp/coverage', { uri });
      await client.request('rncp/referentiel', { uri });
      // An edit in the editor's buffer, saved by the editor (not by us), then closed unsaved.
      await client.change(uri, `${text}\n{C1}\n`);
      await client.connection.sendNotification('textDocument/didSave', { textDocument });
      await client.close(uri);
    }
    await client.request('workspace/symbol', { query: 'C' });
    await client.request('rncp/coverage', {});
    await client.request('rncp/report', { format: 'markdown' });
    for (const command of commands) {
      await client.request('workspace/executeCommand', { command, arguments: [] }).catch(() => undefined);
    }
    assert.ok(actions > 20, `code actions asked: ${actions}`);
    // Let the server settle (diagnostics of the closed drafts read back from disk).
    await client.request('rncp/coverage', {});
    assert.deepEqual(changes(before, snapshot(dir)), []);
    assert.deepEqual(client.serverRequests.filter((m) => m === 'workspace/applyEdit' || m === 'window/showDocument'), []);
    client.assertAlive();
  });
});
