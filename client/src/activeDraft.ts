/**
 * Which draft the author is working on: the active text editor's document, kept while
 * the focus moves to the panel, the matrix or the output (so the panel does not go blank
 * when it is clicked). Emits the draft's coverage whenever it or the editor changes, and
 * sets the `rncp.isDraft` context key used by menus and key bindings.
 */
import * as vscode from 'vscode';
import type { DraftCoverage } from '../../server/src/core/protocol';
import type { CoverageStore } from './coverageStore';

/** The active document and its coverage (undefined when it is not a draft). */
export interface ActiveDraft {
  uri: vscode.Uri;
  coverage?: DraftCoverage;
}

/** Follows the active editor and the store, and publishes the active draft. */
export class ActiveDraftTracker implements vscode.Disposable {
  private current?: ActiveDraft;
  /** The document the latest update is for (it may not be published yet). */
  private target?: vscode.Uri;
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<ActiveDraft | undefined>();
  /** Fires after the active document or its coverage changed. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private settled: Promise<void> = Promise.resolve();

  /** `schemes`: the URI schemes of documents the server analyses (the browser adds its workspace's). */
  constructor(private readonly store: CoverageStore, private readonly schemes: readonly string[] = ['file', 'untitled']) {
    const isTextDocument = (doc: vscode.TextDocument) => isDraftCandidate(doc, this.schemes);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // No text editor (the focus is in a webview, the panel…): keep showing the last draft.
        if (e) void this.update(isTextDocument(e.document) ? e.document.uri : undefined);
      }),
      // The target, not the published draft: a change arriving while the answer for a newly
      // opened draft is on its way must refresh that draft, not the previous one.
      store.onDidChange((uris) => {
        if (this.target && (!uris || uris.includes(this.target.toString()))) void this.update(this.target);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.target && d.uri.toString() === this.target.toString() && !vscode.window.activeTextEditor) void this.update(undefined);
      }),
    );
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && isTextDocument(doc)) void this.update(doc.uri);
  }

  /** The active document and its coverage, as last published. */
  get value(): ActiveDraft | undefined {
    return this.current;
  }

  /** Resolves once the latest update has been published (for tests and commands). */
  whenSettled(): Promise<void> {
    return this.settled;
  }

  /** Re-reads the active document's coverage. */
  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    void this.update(editor ? (isDraftCandidate(editor.document, this.schemes) ? editor.document.uri : undefined) : this.target);
  }

  private update(uri: vscode.Uri | undefined): Promise<void> {
    const generation = ++this.generation;
    this.target = uri;
    const run = (async () => {
      const coverage = uri ? await this.store.draft(uri) : undefined;
      // A later update started meanwhile: its answer wins.
      if (generation !== this.generation) return;
      this.current = uri ? { uri, coverage } : undefined;
      void vscode.commands.executeCommand('setContext', 'rncp.isDraft', !!coverage);
      this.emitter.fire(this.current);
    })();
    this.settled = run;
    return run;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Documents that can be drafts: Markdown or casestudy documents of the schemes the server analyses. */
function isDraftCandidate(doc: vscode.TextDocument, schemes: readonly string[]): boolean {
  return schemes.includes(doc.uri.scheme) && (doc.languageId === 'markdown' || doc.languageId === 'casestudy');
}
