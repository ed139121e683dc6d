/**
 * A real LSP client for the server tests: starts the built server as a child
 * process over stdio, answers the requests a client answers (configuration,
 * registrations, refreshes) and lets tests wait on notifications, never on sleeps.
 */
import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { built } from './built';

/** The notifications a server may send that the tests follow. */
const NOTIFICATIONS = ['textDocument/publishDiagnostics', 'window/logMessage', 'window/showMessage', 'rncp/coverageChanged', 'telemetry/event', '$/logTrace'];

/** The requests a server may send a client; answered as an editor would (configuration, else null). */
const REQUESTS = ['workspace/configuration', 'client/registerCapability', 'client/unregisterCapability', 'workspace/inlayHint/refresh',
  'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh', 'workspace/diagnostic/refresh', 'window/workDoneProgress/create', 'window/showMessageRequest',
  'workspace/applyEdit', 'window/showDocument'];

/** The server bundle, built first when missing or older than its sources (plain `mocha` runs). */
export function ensureServerBuilt(): string {
  return built('server/out/server.js');
}

/** A temporary workspace folder with files; returns its path. */
export function tempWorkspace(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-lsp-')));
  for (const [name, content] of Object.entries(files)) writeFile(dir, name, content);
  return dir;
}

/** Removes a temporary workspace (after hooks). */
export function removeWorkspace(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes a file of a workspace (creating folders). */
export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** The `file:` URI of a file of a workspace. */
export function uriOf(dir: string, name: string): string {
  return pathToFileURL(path.join(dir, name)).href;
}

/** Options of a test server. */
export interface StartOptions {
  /** The workspace folder (none: no workspace). */
  folder?: string;
  /** The `rncp` settings section the client answers with. */
  settings?: Record<string, unknown>;
  /** The editor's locale (InitializeParams.locale). */
  locale?: string;
  /** Whether the client says it applies snippet edits (LSP 3.18 `workspaceEdit.snippetEditSupport`). */
  snippetEdits?: boolean;
}

/** A started server and its client side. */
export class TestClient {
  /** The latest diagnostics published per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every log message of the server. */
  readonly logs: LogMessageParams[] = [];
  /** Every notification received, in order. */
  readonly history: { method: string; params: unknown }[] = [];
  /** Methods of the requests the server sent (registrations, refreshes…). */
  readonly serverRequests: string[] = [];
  /** What the client answers to workspace/configuration for `rncp`. */
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private readonly waiters: { method: string; test: (params: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  private readonly versions = new Map<string, number>();
  private stderr = '';

  private constructor(readonly connection: ProtocolConnection, readonly child: ChildProcess, options: StartOptions) {
    this.settings = options.settings ?? {};
    child.stderr?.on('data', (d) => (this.stderr += String(d)));
    const notified = (method: string, params: unknown) => {
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as PublishDiagnosticsParams;
        this.diagnostics.set(p.uri, p);
        this.published.push(p);
      }
      if (method === 'window/logMessage') this.logs.push(params as LogMessageParams);
      this.history.push({ method, params });
      for (const w of [...this.waiters]) {
        if (w.method === method && w.test(params)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(params);
        }
      }
    };
    for (const method of NOTIFICATIONS) connection.onNotification(method, (params: unknown) => notified(method, params));
    for (const method of REQUESTS) {
      connection.onRequest(method, (params: unknown) => {
        this.serverRequests.push(method);
        notified(`request:${method}`, params);
        if (method === 'workspace/configuration') {
          return (params as { items: { section?: string }[] }).items.map((i) => (i.section === 'rncp' ? this.settings : null));
        }
        return null;
      });
    }
    connection.listen();
  }

  /** Starts the server and runs initialize / initialized. */
  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [ensureServerBuilt(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child, options);
    const folder = options.folder && pathToFileURL(options.folder).href;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      locale: options.locale,
      rootUri: folder ?? null,
      workspaceFolders: folder ? [{ uri: folder, name: 'ws' }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
          inlayHint: { refreshSupport: true },
          codeLens: { refreshSupport: true },
          ...(options.snippetEdits ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first notification of `method` received from now on whose params pass the test. */
  waitFor<T>(method: string, test: (params: T) => boolean = () => true, what = method): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter = { method, test: test as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void };
      this.waiters.push(waiter);
      // Not a sleep: a bound so that a missing notification fails with what was seen instead of a bare timeout.
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i === -1) return;
        this.waiters.splice(i, 1);
        reject(new Error(`no ${what} within 15 s; last diagnostics:\n${[...this.diagnostics.values()].map((d) => `${d.uri} v${d.version}: ${d.diagnostics.map((x) => x.code).join(',')}`).join('\n')}\nstderr: ${this.stderr}`));
      }, 15000);
      timer.unref();
      const done = waiter.resolve;
      waiter.resolve = (p) => {
        clearTimeout(timer);
        done(p);
      };
    });
  }

  /** Resolves at the next request of `method` the server sends the client (a refresh, a registration). */
  waitForServerRequest(method: string): Promise<unknown> {
    return this.waitFor(`request:${method}`);
  }

  /** Like `waitFor`, but a notification already received counts too. */
  async seen<T>(method: string, test: (params: T) => boolean = () => true): Promise<T> {
    const past = this.history.find((n) => n.method === method && test(n.params as T));
    return past ? (past.params as T) : this.waitFor(method, test);
  }

  /** Resolves once the server logged a line matching `pattern` (at any time since it started). */
  waitForLog(pattern: RegExp): Promise<LogMessageParams> {
    return this.seen<LogMessageParams>('window/logMessage', (p) => pattern.test(p.message));
  }

  /**
   * The diagnostics of a URI once they pass `test`: the latest already published
   * when they do, else the next publication that does.
   */
  async waitForDiagnostics(uri: string, test: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const last = this.diagnostics.get(uri);
    if (last && test(last.diagnostics, last)) return last.diagnostics;
    const p = await this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (x) => x.uri === uri && test(x.diagnostics, x), `diagnostics for ${uri}`);
    return p.diagnostics;
  }

  /** Opens a document (version 1). */
  open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces a document's whole text; answers the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Closes a document. */
  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends a request. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Changes the settings and tells the server, as an editor does. */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Tells the server that files changed on disk (type 1 created, 2 changed, 3 deleted). */
  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** Shuts the server down and makes sure the process is gone. */
  async dispose(): Promise<void> {
    try {
      if (this.child.exitCode === null) {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000).unref())]);
        await this.connection.sendNotification('exit');
      }
    } catch {
      // The process may already be gone; killing it below is enough.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  /** Asserts the server process is still running. */
  assertAlive(): void {
    assert.equal(this.child.exitCode, null, `server exited: ${this.stderr}`);
  }
}
