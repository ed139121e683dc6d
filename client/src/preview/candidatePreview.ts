/**
 * `rncp.previewCandidate`: the candidate's version of the active draft in a webview beside
 * the editor, refreshed as the author types (300 ms after the last change), scrolled with the
 * editor (by proportion: see `scrollFraction`), following the active draft. The page is the
 * server's HTML rendering (`rncp/document`, kind `candidat`); when it cannot be had, the
 * Markdown in a `<pre>`. No script of the draft can run: strict CSP, one nonce'd script.
 */
import * as vscode from 'vscode';
import type { DocumentResult } from '../../../server/src/core/protocol';
import type { ActiveDraftTracker } from '../activeDraft';
import { t, uiLang } from '../i18n';
import type { RncpClient } from '../languageClient';
import { fallbackPage, messagePage, type PageOptions, previewPage, scrollFraction } from './previewPage';

/** The webview panel type. */
export const PREVIEW_VIEW_TYPE = 'rncp.candidatePreview';
/** How long after the last keystroke the preview is refreshed. */
const DEBOUNCE_MS = 300;

/** What the preview last showed (for tests). */
export interface PreviewState {
  uri: string;
  /** `html`: the server's page; `md`: the Markdown fallback; `message`: nothing to show. */
  kind: 'html' | 'md' | 'message';
  /** The document's text as the server gave it (HTML or Markdown), or the message. */
  text: string;
  html: string;
}

/** Opens and refreshes the candidate's preview. */
export class CandidatePreview implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private uri?: vscode.Uri;
  private listeners: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private generation = 0;
  private fraction = 0;
  private rendering: Promise<void> = Promise.resolve();
  /** What was shown last. */
  last?: PreviewState;
  private readonly rendered = new vscode.EventEmitter<PreviewState>();
  /** Fires after each render. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly client: RncpClient, private readonly tracker: ActiveDraftTracker, private readonly output: vscode.LogOutputChannel) {}

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return !!this.panel;
  }

  /** The draft shown. */
  get draft(): vscode.Uri | undefined {
    return this.uri;
  }

  /** Shows the preview of `uri` (default: the active draft) beside the editor; resolves once rendered. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? activeDraft() ?? this.tracker.value?.uri;
    if (!target) {
      void vscode.window.showErrorMessage(t('Open an exam subject to preview the candidate’s version.'));
      return;
    }
    this.uri = target;
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.open();
    await this.render();
  }

  private open(): void {
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    this.listeners = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.uri && e.document.uri.toString() === this.uri.toString() && e.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.uri || e.textEditor.document.uri.toString() !== this.uri.toString()) return;
        const first = e.visibleRanges[0];
        if (!first) return;
        const visible = e.visibleRanges.reduce((n, r) => n + r.end.line - r.start.line + 1, 0);
        this.fraction = scrollFraction(first.start.line, e.textEditor.document.lineCount, visible);
        void panel.webview.postMessage({ type: 'scroll', fraction: this.fraction });
      }),
      // The author switched to another draft: the preview follows it.
      this.tracker.onDidChange((d) => {
        if (d?.coverage && this.uri?.toString() !== d.uri.toString()) {
          this.uri = d.uri;
          this.fraction = 0;
          void this.render();
        }
      }),
      panel.onDidChangeViewState((e) => { if (e.webviewPanel.visible) void this.render(); }),
    ];
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.clearTimer();
      for (const l of this.listeners) l.dispose();
      this.listeners = [];
    });
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => { this.timer = undefined; void this.render(); }, DEBOUNCE_MS);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private title(): string {
    const name = this.uri ? this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1) : '';
    return t('Candidate’s version: {0}', name);
  }

  /** Renders the current draft; renders run one after the other, the latest request wins. */
  private render(): Promise<void> {
    const generation = ++this.generation;
    this.rendering = this.rendering.then(async () => {
      const panel = this.panel;
      const uri = this.uri;
      if (!panel || !uri || generation !== this.generation) return;
      const state = await this.produce(uri, panel.webview);
      if (this.panel !== panel || generation !== this.generation) return;
      panel.title = this.title();
      panel.webview.html = state.html;
      this.last = state;
      this.rendered.fire(state);
    }).catch((e) => { this.output.error(e instanceof Error ? e : String(e)); });
    return this.rendering;
  }

  /** The page: the HTML rendering, else the Markdown, else why there is none. */
  private async produce(uri: vscode.Uri, webview: vscode.Webview): Promise<PreviewState> {
    const o: PageOptions = { nonce: nonce(), cspSource: webview.cspSource, fraction: this.fraction };
    const lang = uiLang();
    const ask = async (format: 'html' | 'md'): Promise<DocumentResult | Error> => {
      try {
        return await this.client.document({ uri: uri.toString(), kind: 'candidat', format });
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    };
    const html = await ask('html');
    if (!(html instanceof Error) && !html.blocked && html.text !== undefined) {
      return { uri: uri.toString(), kind: 'html', text: html.text, html: previewPage(html.text, o) };
    }
    // The HTML renderer failed (or is missing): the Markdown, which needs no renderer.
    const md = await ask('md');
    if (!(md instanceof Error) && !md.blocked && md.text !== undefined) {
      const why = html instanceof Error ? html.message : html.blocked ? html.blocked[lang] : '';
      const note = t('Shown as text: the page could not be rendered ({0}).', why);
      return { uri: uri.toString(), kind: 'md', text: md.text, html: fallbackPage(md.text, md.title, lang, note, o) };
    }
    const reason = md instanceof Error ? md.message : md.blocked ? md.blocked[lang] : t('the server gave no content.');
    const message = t('No preview: {0}', reason);
    return { uri: uri.toString(), kind: 'message', text: message, html: messagePage(message, lang, o) };
  }

  dispose(): void {
    this.panel?.dispose();
    this.clearTimer();
    for (const l of this.listeners) l.dispose();
    this.rendered.dispose();
  }
}

/** The active editor's document when it may be a draft. */
function activeDraft(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && (doc.languageId === 'casestudy' || doc.languageId === 'markdown') ? doc.uri : undefined;
}

/** A fresh nonce for the webview's CSP, from Web Crypto (Node 20 and browsers). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Registers `rncp.previewCandidate`. */
export function registerPreviewCandidate(preview: CandidatePreview): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.previewCandidate', async (uri?: vscode.Uri) => {
    await preview.show(uri instanceof vscode.Uri ? uri : undefined);
    return preview.last;
  });
}
