/**
 * The documents the editor has open: their text, and the scheduling of their
 * analysis. A change re-checks the whole draft; the latest version wins (a
 * pending check is replaced, a finished one for an older version is dropped).
 * Features ask `fresh(uri)` so that they always answer on the text the editor shows.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments, type Connection, type Disposable } from 'vscode-languageserver';
import { background, describe, type Logger } from './guard';
import type { IndexEntry, WorkspaceIndex } from './workspaceIndex';

/** Open documents and their analysis, one pending check per document at most. */
export class DocumentSync implements Disposable {
  /** The editor's documents (text and version). */
  readonly documents = new TextDocuments(TextDocument);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The version whose analysis is in the index (drafts and non-drafts alike). */
  private readonly analyzed = new Map<string, number>();
  /** The version a document was opened at (its first content event is the open itself). */
  private readonly opened = new Map<string, number>();
  private readonly disposables: Disposable[] = [];

  /**
   * @param ready resolves once the first settings are read: no document is checked
   * before, so that the first diagnostics already follow the user's settings.
   * @param delay milliseconds to wait after a change before checking, so that a burst
   * of keystrokes costs one analysis.
   */
  constructor(connection: Connection, private readonly index: WorkspaceIndex, private readonly log: Logger, private readonly ready: Promise<void>, private readonly delay = 20) {
    this.disposables.push(
      this.documents.onDidOpen((e) => {
        this.opened.set(e.document.uri, e.document.version);
        this.schedule(e.document.uri, 0);
      }),
      this.documents.onDidChangeContent((e) => {
        // Opening also fires a content change: the open check must not wait for the debounce.
        if (this.opened.get(e.document.uri) === e.document.version) return;
        this.schedule(e.document.uri, this.delay);
      }),
      this.documents.onDidClose((e) => {
        const uri = e.document.uri;
        this.opened.delete(uri);
        this.cancel(uri);
        this.analyzed.delete(uri);
        background(this.log, `close ${uri}`, () => this.index.closed(uri));
      }),
      this.documents.listen(connection),
    );
  }

  /** The index entry of a document, analysed at the editor's current version when it is open. */
  async fresh(uri: string): Promise<IndexEntry | undefined> {
    const doc = this.documents.get(uri);
    if (doc && this.analyzed.get(uri) !== doc.version) {
      this.cancel(uri);
      await this.check(uri);
    }
    const entry = this.index.get(uri);
    // An open non-draft has no entry of its own, even when the disk copy had one.
    return doc && entry && !entry.open ? undefined : entry;
  }

  /**
   * Brings every open document up to date (before workspace-wide answers). One
   * document whose check fails is logged and left as it was: it must not empty
   * the coverage, symbols or report of every other draft.
   */
  async freshAll(): Promise<void> {
    for (const doc of this.documents.all()) {
      try {
        await this.fresh(doc.uri);
      } catch (e) {
        this.log.error(`rncp: check ${doc.uri} failed: ${describe(e)}`);
      }
    }
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      background(this.log, `check ${uri}`, () => this.check(uri));
    }, delay));
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  private async check(uri: string): Promise<void> {
    await this.ready;
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const kept = await this.index.setOpen(uri, doc.getText(), version, doc.languageId, () => this.documents.get(uri)?.version === version);
    if (kept) this.analyzed.set(uri, version);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
