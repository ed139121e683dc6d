/**
 * The language server's entry. `node server/out/server.js --stdio` for any LSP
 * editor; the VS Code client starts it with `--node-ipc`. Without a transport
 * argument it talks over stdio.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describe } from './guard';
import { RncpServer } from './rncpServer';
import { NodeWorkspace } from './workspace/nodeWorkspace';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
new RncpServer(connection, { workspace: new NodeWorkspace(), processId: process.pid, env: process.env });
// Node's process warnings (a library's `emitWarning`) go to the log as one line, not raw to stderr.
process.removeAllListeners('warning');
process.on('warning', (w) => connection.console.warn(`rncp: ${w.name}: ${w.message.split('\n', 1)[0]}`));
// Last resort: whatever escaped a handler is logged and the server keeps serving.
process.on('uncaughtException', (e) => connection.console.error(`rncp: uncaught: ${describe(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`rncp: unhandled rejection: ${describe(e)}`));
connection.listen();
