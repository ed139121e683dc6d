/**
 * The extension's browser entry (`browser`: vscode.dev, github.dev, code-server's web
 * worker extension host): the language server runs in a Web Worker
 * (server/out/browserServer.js) and reads the workspace through the client
 * (`rncp/fs/*`, client/src/workspaceProvider.ts).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateIn, type RncpApi } from './activation';
import { documentSelector } from './languageClient';

export type { RncpApi } from './activation';

/** Activates on a Markdown or casestudy document, or when the panel is opened. */
export function activate(context: vscode.ExtensionContext): Promise<RncpApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'server/out/browserServer.js');
  let worker: Worker | undefined;
  // A function, not a Worker: a restart after a crash needs a new worker. It answers the
  // transports itself: the client's `instanceof Worker` test fails on the web worker host's
  // Worker (a shim), and the client then takes the worker for transports.
  const start = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = await createServerWorker(serverMain);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const schemes = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
  return activateIn(context, {
    kind: 'web',
    // vscode-languageclient 11's browser build: (id, name, server, options) — the worker comes first.
    createClient: (options) => new LanguageClient('rncp', 'RNCP', start, options),
    documentSelector: documentSelector([...schemes]),
    // The web server cannot read its own bundle's folder: it names the bundled référentiels from here.
    initializationOptions: { extensionUri: context.extensionUri.toString() },
  });
}

/** Nothing to do: every part is in `context.subscriptions`. */
export function deactivate(): void {}

/**
 * `new Worker(url)` works when the extension is served over http(s) (vscode.dev). An
 * extension installed on a remote server (code-server, Codespaces) has a `vscode-remote:`
 * URI, from which VS Code refuses to start workers ("Creating workers from remote
 * extensions is currently not supported"): the script is then read through the file
 * system API and started from a blob.
 */
async function createServerWorker(serverMain: vscode.Uri): Promise<Worker> {
  if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
  const bytes = await vscode.workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/javascript' })));
}
