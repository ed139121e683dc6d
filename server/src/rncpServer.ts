/**
 * The language server: wires the connection to the documents, the workspace
 * index, the settings and the feature handlers. Everything it answers comes
 * from the core; this file only decides when things happen.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { COMPLETION_TRIGGERS } from './core/features/completion';
import { CodeActionKind } from './core/features/lsp';
import { COVERAGE_REQUEST, DOCUMENT_REQUEST, REFERENTIEL_REQUEST, REPORT_REQUEST, type CoverageParams, type DocumentParams, type DocumentResult, type ReferentielParams, type ReportParams, type ReportResult } from './core/protocol';
import { withDefaults } from './core/settings';
import type { ServerContext } from './context';
import { DocumentSync } from './documents';
import { background, guard, guardNotification, type Logger } from './guard';
import { onCodeAction } from './handlers/codeActions';
import { onCodeLens } from './handlers/codeLens';
import { onCompletion } from './handlers/completion';
import { onCoverage } from './handlers/coverage';
import { onDefinition } from './handlers/definition';
import { onDocument } from './handlers/document';
import { onHover } from './handlers/hover';
import { onInlayHint } from './handlers/inlayHints';
import { onDocumentHighlight, onReferences } from './handlers/references';
import { onReferentiel, onReport } from './handlers/reports';
import { onDocumentSymbol, onWorkspaceSymbol } from './handlers/symbols';
import { Publisher } from './publisher';
import { ReferentielStore } from './referentiels';
import { SettingsManager, type SettingsChange } from './settings';
import { trimSlash } from './uriPaths';
import { VERSION } from './version';
import type { RncpWorkspace } from './workspace/types';
import { WorkspaceIndex } from './workspaceIndex';

/** What `rncp/document` answers when its handler fails: nothing to write, and why. */
const DOCUMENT_FAILED: DocumentResult = { title: '', fileName: '', blocked: { fr: 'le document n’a pas pu être produit (voir le journal du serveur).', en: 'the document could not be produced (see the server log).' }, warnings: [] };

/** Options of a server (its entries, tests and embedders). */
export interface RncpServerOptions {
  /** The files the server reads: the file system (Node entry) or the client (browser entry). */
  workspace: RncpWorkspace;
  /** Called with the `initialize` params before the server answers (the browser entry reads its options there). */
  onInitialize?: (params: InitializeParams) => void;
  /** The server process's id, announced in `capabilities.experimental.pid` (the Node entry; a Web Worker has none). */
  processId?: number;
  /** The server process's environment (the Node entry; read for RNCP_INCREMENTAL_CHECK). */
  env?: Record<string, string | undefined>;
}

/** One language server on one connection; `dispose` stops everything it started. */
export class RncpServer implements Disposable {
  private readonly log: Logger;
  private readonly store: ReferentielStore;
  private readonly workspace: RncpWorkspace;
  private readonly index: WorkspaceIndex;
  private readonly docs: DocumentSync;
  private readonly publisher: Publisher;
  private settings?: SettingsManager;
  private capabilities: ClientCapabilities = {};
  private folders: string[] = [];
  private readonly disposables: Disposable[] = [];
  /** Resolves the promise documents wait on before their first check. */
  private settingsRead: () => void = () => {};

  constructor(private readonly connection: Connection, private readonly options: RncpServerOptions) {
    this.log = connection.console;
    const workspace = (this.workspace = options.workspace);
    const settings = () => this.settings?.current ?? withDefaults();
    // A draft names référentiel files in the workspace folders only, unless the user allows more.
    this.store = new ReferentielStore(
      { bundled: () => workspace.bundledReferentiels(), read: (uri, max) => workspace.readFile(uri, max), realUri: workspace.realUri && ((uri) => workspace.realUri?.(uri)) },
      { access: () => ({ roots: this.folders, allowOutside: settings().allowReferentielOutside }), maxFileSize: () => settings().maxFileSize },
    );
    this.index = new WorkspaceIndex({ store: this.store, workspace, settings, log: this.log });
    this.disposables.push(workspace.onDidChange((changes) => background(this.log, 'file changes', () => this.index.filesChanged(changes))));
    const ready = new Promise<void>((resolve) => (this.settingsRead = resolve));
    this.docs = new DocumentSync(connection, this.index, this.log, ready);
    this.publisher = new Publisher(connection, this.index, settings, this.log);
    this.disposables.push(this.docs, this.publisher, this.index);

    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(guardNotification(this.log, 'initialized', () => this.initialized()));
    connection.onShutdown(() => this.dispose());
    this.registerHandlers(settings);
  }

  private registerHandlers(settings: ServerContext['settings']): void {
    const c = this.connection;
    const ctx: ServerContext = { index: this.index, docs: this.docs, settings, store: this.store, workspace: this.workspace, log: this.log,
      snippetEdits: () => this.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true,
    };
    const log = this.log;
    this.disposables.push(
      c.onHover(guard(log, 'hover', null, (p, t) => onHover(ctx, p, t))),
      c.onCompletion(guard(log, 'completion', [], (p, t) => onCompletion(ctx, p, t))),
      c.onCodeAction(guard(log, 'codeAction', [], (p, t) => onCodeAction(ctx, p, t))),
      c.onDocumentSymbol(guard(log, 'documentSymbol', [], (p, t) => onDocumentSymbol(ctx, p, t))),
      c.onWorkspaceSymbol(guard(log, 'workspaceSymbol', [], (p, t) => onWorkspaceSymbol(ctx, p, t))),
      c.onReferences(guard(log, 'references', [], (p, t) => onReferences(ctx, p, t))),
      c.onDocumentHighlight(guard(log, 'documentHighlight', [], (p, t) => onDocumentHighlight(ctx, p, t))),
      c.onDefinition(guard(log, 'definition', null, (p, t) => onDefinition(ctx, p, t))),
      c.languages.inlayHint.on(guard(log, 'inlayHint', [], (p, t) => onInlayHint(ctx, p, t))),
      c.onCodeLens(guard(log, 'codeLens', [], (p, t) => onCodeLens(ctx, p, t))),
      c.onRequest(COVERAGE_REQUEST, guard(log, COVERAGE_REQUEST, { drafts: [] }, (p: CoverageParams | undefined, t) => onCoverage(ctx, p, t))),
      c.onRequest(REFERENTIEL_REQUEST, guard(log, REFERENTIEL_REQUEST, null, (p: ReferentielParams | undefined, t) => onReferentiel(ctx, p, t))),
      c.onRequest(REPORT_REQUEST, guard<ReportParams | undefined, ReportResult>(log, REPORT_REQUEST, { content: '' }, (p, t) => onReport(ctx, p, t))),
      c.onRequest(DOCUMENT_REQUEST, guard<DocumentParams | undefined, DocumentResult>(log, DOCUMENT_REQUEST, DOCUMENT_FAILED, (p, t) => onDocument(ctx, p, t))),
      c.onDidChangeWatchedFiles(guardNotification(log, 'didChangeWatchedFiles', (p) => this.workspace.fileChanges(p.changes))),
      c.onDidChangeConfiguration(guardNotification(log, 'didChangeConfiguration', (p) => this.settings?.didChange(p.settings))),
    );
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.options.onInitialize?.(params);
    this.capabilities = params.capabilities;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map(trimSlash);
    this.settings = new SettingsManager(this.connection, {
      pull: !!params.capabilities.workspace?.configuration,
      locale: params.locale,
      log: this.log,
      env: this.options.env,
    });
    this.disposables.push(this.settings, this.settings.onDidChange((change) => this.settingsChanged(change)));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false, completionItem: { labelDetailsSupport: true } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.AddMissingCompetencies, CodeActionKind.AddAnswerKeys] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        definitionProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        // The process id, so that a fault-injection test can kill this very process (Node entry only).
        ...(this.options.processId !== undefined ? { experimental: { pid: this.options.processId } } : {}),
      },
      serverInfo: { name: 'rncp', version: VERSION },
    };
  }

  private async initialized(): Promise<void> {
    try {
      await this.settings?.load();
    } finally {
      this.settingsRead();
    }
    const ws = this.capabilities.workspace;
    if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
      // Drafts, référentiel files a draft may name, and folders created or deleted: an editor reports a
      // folder deleted or moved as one event for the folder, which the file patterns do not match.
      this.disposables.push(await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.{md,markdown}' },
          { globPattern: '**/*.{yaml,yml,json}' },
          { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
        ],
      }));
    }
    if (ws?.didChangeConfiguration?.dynamicRegistration) {
      this.disposables.push(await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'rncp' }));
    }
    if (ws?.workspaceFolders) {
      this.disposables.push(this.connection.workspace.onDidChangeWorkspaceFolders(guardNotification(this.log, 'didChangeWorkspaceFolders', async (e) => {
        for (const f of e.removed) this.index.removeFolder(f.uri);
        const added = e.added.map((f) => trimSlash(f.uri));
        this.folders = [...this.folders.filter((f) => !e.removed.some((r) => trimSlash(r.uri) === f)), ...added];
        if (this.indexesWorkspace()) await this.indexWorkspace(added);
      })));
    }
    if (this.indexesWorkspace()) await this.indexWorkspace(this.folders);
  }

  /** Whether unopened drafts are indexed (workspace diagnostics not `off`). */
  private indexesWorkspace(): boolean {
    return (this.settings?.current.workspaceDiagnostics ?? 'off') !== 'off';
  }

  private async indexWorkspace(folders: string[]): Promise<void> {
    if (folders.length === 0) return;
    const started = Date.now();
    const n = await this.index.indexFolders(folders);
    const drafts = this.index.all().filter((e) => !e.open).length;
    this.log.info(`rncp: indexed ${n} Markdown files (${drafts} drafts) in ${Date.now() - started} ms`);
  }

  private settingsChanged({ previous, current }: SettingsChange): void {
    const was = previous.workspaceDiagnostics !== 'off';
    const is = current.workspaceDiagnostics !== 'off';
    if (was && !is) this.index.clearUnopened();
    this.index.reanalyze();
    if (!was && is) background(this.log, 'indexing', () => this.indexWorkspace(this.folders));
    const ws = this.capabilities.workspace;
    if (ws?.inlayHint?.refreshSupport) background(this.log, 'inlay hint refresh', () => this.connection.languages.inlayHint.refresh());
    if (ws?.codeLens?.refreshSupport) background(this.log, 'code lens refresh', () => this.connection.sendRequest('workspace/codeLens/refresh'));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
