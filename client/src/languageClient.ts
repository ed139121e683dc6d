/**
 * Wraps the language client with typed calls for the custom protocol, whichever host
 * starts the server (a Node process in desktop VS Code, a Web Worker in the browser: the
 * entries pass a factory). A crash restarts the server with a visible message; repeated
 * crashes stop it and offer a manual restart.
 */
import * as vscode from 'vscode';
import { withReveal } from './commands/revealSelection';
import {
  type BaseLanguageClient,
  CloseAction,
  type CloseHandlerResult,
  CodeActionRequest,
  type DocumentSelector,
  ErrorAction,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type Message,
  State,
  type WorkspaceEdit as LspWorkspaceEdit,
} from 'vscode-languageclient';
import {
  COVERAGE_CHANGED_NOTIFICATION,
  COVERAGE_REQUEST,
  type CoverageChangedParams,
  type CoverageParams,
  type CoverageResult,
  type DraftCoverage,
  DOCUMENT_REQUEST,
  type DocumentParams,
  type DocumentResult,
  REFERENTIEL_REQUEST,
  type ReferentielParams,
  type ReferentielResult,
  REPORT_REQUEST,
  type ReportParams,
  type ReportResult,
} from '../../server/src/core/protocol';
import { t } from './i18n';

/** Documents the server may analyse; it decides itself which of them are drafts. */
export const DOCUMENT_SELECTOR = documentSelector(['file', 'untitled']);

/**
 * The selector for these URI schemes. The browser entry adds the schemes of its
 * workspace folders (`vscode-vfs` on github.dev, `vscode-remote` in code-server…),
 * never every scheme: diff and Git views of a draft are not drafts to check.
 */
export function documentSelector(schemes: readonly string[]): { language: string; scheme: string }[] {
  return ['casestudy', 'markdown'].flatMap((language) => schemes.map((scheme) => ({ language, scheme })));
}

/** Builds the host's language client (Node process or Web Worker) from the shared options. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/** A quick fix of the server, with the diagnostics it fixes as the server sent them. */
export interface QuickFix {
  title: string;
  isPreferred: boolean;
  diagnostics: { code?: string | number; message: string; data?: { id?: string } }[];
  edit?: vscode.WorkspaceEdit;
}

/** How many crashes in CRASH_WINDOW_MS stop the automatic restarts. */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 3 * 60 * 1000;

/** The language client of the extension and the custom requests of the RNCP protocol. */
export class RncpClient implements vscode.Disposable {
  readonly client: BaseLanguageClient;
  private readonly changed = new vscode.EventEmitter<string[] | undefined>();
  /** Fires with the URIs whose coverage changed; `undefined` means "everything" (a restart). */
  readonly onDidChangeCoverage = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly crashHandler: CrashHandler;

  constructor(readonly output: vscode.LogOutputChannel, create: ClientFactory, options: { documentSelector?: DocumentSelector; initializationOptions?: object } = {}) {
    this.crashHandler = new CrashHandler(output);
    const clientOptions: LanguageClientOptions = {
      documentSelector: options.documentSelector ?? DOCUMENT_SELECTOR,
      initializationOptions: options.initializationOptions,
      outputChannel: output,
      // No `synchronize`: the server pulls the `rncp` settings and registers its own
      // configuration and file watchers dynamically.
      errorHandler: this.crashHandler,
      markdown: { isTrusted: false, supportHtml: false },
      middleware: {
        // An inserted question is shown: its placeholder is selected, and scrolled into view.
        provideCodeActions: async (document, range, context, token, next) => {
          const actions = await next(document, range, context, token);
          return actions?.map((a) => withReveal(a, document.uri));
        },
      },
    };
    this.client = create(clientOptions);
    this.disposables.push(
      this.client.onNotification(COVERAGE_CHANGED_NOTIFICATION, (p: CoverageChangedParams) => this.changed.fire(p.uris)),
      // A new server process knows nothing of what the views show: refresh everything.
      this.client.onDidChangeState((e) => {
        if (e.newState !== State.Running) return;
        this.changed.fire(undefined);
        // After a crash, one message once the new server runs (not when the old one died).
        this.crashHandler.restarted();
      }),
    );
  }

  /** Starts the server; a failure is logged and shown, never thrown to the activation. */
  async start(): Promise<void> {
    try {
      await this.client.start();
    } catch (e) {
      this.output.error(e instanceof Error ? e : String(e));
      void vscode.window.showErrorMessage(t('The RNCP language server could not start. See the “RNCP” output for details.'));
    }
  }

  /** How many times the server process ended unexpectedly. */
  get crashCount(): number {
    return this.crashHandler.count;
  }

  /** How many "stopped unexpectedly; restarted" messages were shown (one per crash, for the tests). */
  get restartNotices(): number {
    return this.crashHandler.notices;
  }

  /** The process id of the running server (from its initialize result), for fault-injection tests. */
  get serverPid(): number | undefined {
    const pid = (this.client.initializeResult?.capabilities.experimental as { pid?: unknown } | undefined)?.pid;
    return typeof pid === 'number' ? pid : undefined;
  }

  /** Whether requests can be sent now. */
  get running(): boolean {
    return this.client.state === State.Running;
  }

  /** Stops and starts the server again (the "restart the server" command). */
  async restart(): Promise<void> {
    // BaseLanguageClient has no restart() (only the Node client does): stop, then start.
    if (this.client.state === State.Running) await this.client.stop();
    await this.start();
  }

  /** The coverage of one draft, or undefined when the URI is not a draft (or the server is down). */
  async coverage(uri: string): Promise<DraftCoverage | undefined> {
    const result = await this.request<CoverageResult>(COVERAGE_REQUEST, { uri } satisfies CoverageParams);
    return result?.drafts.find((d) => d.uri === uri) ?? result?.drafts[0];
  }

  /** The coverage of every draft the server knows. */
  async allCoverage(): Promise<DraftCoverage[]> {
    const result = await this.request<CoverageResult>(COVERAGE_REQUEST, {} satisfies CoverageParams);
    return result?.drafts ?? [];
  }

  /** The référentiel in force for a draft (or the default); undefined when the server cannot say. */
  async referentiel(uri?: string): Promise<ReferentielResult | undefined> {
    return (await this.request<ReferentielResult | null>(REFERENTIEL_REQUEST, (uri ? { uri } : {}) satisfies ReferentielParams)) ?? undefined;
  }

  /** The reviewer's Markdown report, as `rncp check --format markdown` prints it. */
  async report(params: ReportParams): Promise<string> {
    await this.ready();
    const result = await this.client.sendRequest<ReportResult>(REPORT_REQUEST, params);
    return result.content;
  }

  /** One exam document of a draft (`rncp/document`); throws when the server cannot be reached. */
  async document(params: DocumentParams): Promise<DocumentResult> {
    await this.ready();
    return this.client.sendRequest<DocumentResult>(DOCUMENT_REQUEST, params);
  }

  /**
   * The server's quick fixes at a range, with the diagnostics they fix (LSP-shaped, `data`
   * included): VS Code's `executeCodeActionProvider` drops an action's diagnostics, which
   * the panel needs to pick the fix of one competency or criterion.
   */
  async quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<QuickFix[]> {
    const c2p = this.client.code2ProtocolConverter;
    const result = await this.request<unknown[]>(CodeActionRequest.method, {
      textDocument: { uri: c2p.asUri(uri) },
      range: c2p.asRange(range),
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const fixes: QuickFix[] = [];
    for (const item of result ?? []) {
      if (!item || typeof item !== 'object' || !('title' in item) || typeof (item as { command?: unknown }).command === 'string') continue;
      const a = item as { title: string; isPreferred?: boolean; diagnostics?: QuickFix['diagnostics']; edit?: LspWorkspaceEdit };
      fixes.push({
        title: a.title,
        isPreferred: !!a.isPreferred,
        diagnostics: a.diagnostics ?? [],
        edit: a.edit ? await this.client.protocol2CodeConverter.asWorkspaceEdit(a.edit) : undefined,
      });
    }
    return fixes;
  }

  /** Sends a request once the server runs; undefined (logged) when it is down or fails. */
  private async request<R>(method: string, params: object): Promise<R | undefined> {
    try {
      await this.ready();
      return await this.client.sendRequest<R>(method, params);
    } catch (e) {
      this.output.warn(`${method}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /** Resolves when the client runs (waits for a start or restart in progress). */
  private async ready(): Promise<void> {
    if (this.client.state === State.Running) return;
    // Stopped: not started, or given up after crashes; the Running event refreshes the views later.
    if (this.client.state === State.Stopped) throw new Error('language server not running');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { sub.dispose(); reject(new Error('language server not running')); }, 30_000);
      const sub = this.client.onDidChangeState((e) => {
        if (e.newState !== State.Running) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
      if (this.client.state === State.Running) { clearTimeout(timer); sub.dispose(); resolve(); }
    });
  }

  async dispose(): Promise<void> {
    for (const d of this.disposables) d.dispose();
    if (this.client.state !== State.Stopped) await this.client.stop().catch(() => undefined);
  }
}

/**
 * Restarts the server after a crash and says so once (the default handler restarts silently),
 * up to MAX_CRASHES in CRASH_WINDOW_MS; then stops it and offers a manual restart.
 * Transport errors around a crash (a write to the dead process) go to the output only:
 * left unhandled, the library would show its own English notification besides ours.
 */
class CrashHandler implements ErrorHandler {
  private crashes: number[] = [];
  /** A crash whose restart has not been announced yet. */
  private pending = false;
  /** Every crash since activation. */
  count = 0;
  /** Restart messages shown. */
  notices = 0;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    this.output.warn(`connection to the language server: ${error.message}`);
    // A few transport errors are tolerated, as the default handler does.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  /** The client runs again: announce the restart of a crashed server, once. */
  restarted(): void {
    if (!this.pending) return;
    this.pending = false;
    this.notices++;
    const showOutput = t('Show Output');
    void vscode.window
      .showWarningMessage(t('The RNCP language server stopped unexpectedly; it has been restarted.'), showOutput)
      .then((pick) => { if (pick === showOutput) this.output.show(true); });
  }

  closed(): CloseHandlerResult {
    this.count++;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
    const showOutput = t('Show Output');
    if (this.crashes.length >= MAX_CRASHES) {
      const restart = t('Restart');
      void vscode.window
        .showErrorMessage(t('The RNCP language server stopped {0} times in 3 minutes and will not be restarted.', this.crashes.length), restart, showOutput)
        .then((pick) => {
          if (pick === restart) void vscode.commands.executeCommand('rncp.restartServer');
          else if (pick === showOutput) this.output.show(true);
        });
      this.pending = false;
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.output.warn('the language server stopped unexpectedly; restarting it');
    this.pending = true;
    return { action: CloseAction.Restart, handled: true };
  }
}
