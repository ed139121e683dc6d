/**
 * The language server's browser entry: runs in a Web Worker started by the browser
 * client (client/src/browserExtension.ts), talks over `postMessage`, and reads the
 * workspace through the client (`rncp/fs/*`). The bundled référentiels are embedded
 * in the bundle as text (esbuild's `text` loader): a worker has no file system.
 * The worker pool and the CLI are Node only and are not imported here.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { describe } from './guard';
import { RncpServer } from './rncpServer';
import { trimSlash } from './uriPaths';
import { ClientWorkspace } from './workspace/clientWorkspace';
import type { BundledReferentiel } from './workspace/types';
import { BUNDLED_TEXTS } from './workspace/bundledTexts';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
/** Where the extension lives (from the client's initialization options): the bundled files' URIs. */
let extensionUri = 'rncp-bundled:/';
const bundled = (): BundledReferentiel[] => Object.entries(BUNDLED_TEXTS).map(([name, text]) => ({ name, uri: `${trimSlash(extensionUri)}/referentiels/${name}`, text }));
new RncpServer(connection, {
  workspace: new ClientWorkspace(connection, bundled),
  onInitialize: (params) => {
    const given = (params.initializationOptions as { extensionUri?: unknown } | undefined)?.extensionUri;
    if (typeof given === 'string') extensionUri = given;
  },
});
// Last resort: whatever escaped a handler is logged and the server keeps serving.
self.addEventListener('error', (e) => connection.console.error(`rncp: uncaught: ${describe(e.error ?? e.message)}`));
self.addEventListener('unhandledrejection', (e) => connection.console.error(`rncp: unhandled rejection: ${describe(e.reason)}`));
connection.listen();
