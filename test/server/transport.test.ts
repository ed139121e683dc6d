import * as assert from 'node:assert/strict';
import { fork, spawn } from 'node:child_process';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt } from '../helpers/lsp';

/** Initializes a connection, opens a draft and resolves with its diagnostics. */
async function roundTrip(connection: ProtocolConnection): Promise<PublishDiagnosticsParams> {
  const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
  connection.listen();
  const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { serverInfo?: { name: string } };
  assert.equal(init.serverInfo?.name, 'rncp');
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///t/s.cas.md', languageId: 'casestudy', version: 1, text: '# S {C99}\n' } });
  return published;
}

describe('server: transports', () => {
  it('talks over IPC (--node-ipc), as the VS Code client starts it', async () => {
    const child = fork(ensureServerBuilt(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const p = await roundTrip(connection);
      assert.deepEqual(p.diagnostics.map((d) => d.code), ['modalite-absente', 'competence-inconnue']);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
  it('talks over stdio when given no transport argument', async () => {
    const child = spawn(process.execPath, [ensureServerBuilt()], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    try {
      assert.equal((await roundTrip(connection)).diagnostics.length, 2);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
