/**
 * The extension's Node entry (`main`, desktop VS Code and remote hosts): the language
 * server runs as a Node process (server/out/server.js) over IPC.
 */
import type * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateIn, type RncpApi } from './activation';

export type { RncpApi } from './activation';

/** Activates on a Markdown or casestudy document, or when the panel is opened. */
export function activate(context: vscode.ExtensionContext): Promise<RncpApi> {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return activateIn(context, { kind: 'node', createClient: (options) => new LanguageClient('rncp', 'RNCP', serverOptions, options) });
}

/** Nothing to do: every part is in `context.subscriptions`. */
export function deactivate(): void {}
