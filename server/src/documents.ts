/**
 * The documents the editor has open: their text, and the scheduling of their
 * analysis. No timer: a change is checked as soon as the messages already
 * received are applied, and changes that come while a check is scheduled or
 * running are coalesced into one check of the latest version, run when the
 * current one ends. The latest version wins: a check whose version is no longer
 * the editor's is dropped, never published.
 * Features ask `fresh(uri)` so that they always answer on the text the editor shows.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments, type Connection, type Disposable } from 'vscode-languageserver';
import { background, describe, type Logger } from './guard';
import type { IndexEntry, WorkspaceIndex } from './workspaceIndex';

/** Open documents and their analysis, one pending check per document at most. */
/** Node's `setImmediate` where there is one; a Web Worker (the browser server) has none. */
const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;

/** Runs `f` at the next turn of the event loop, after the I/O already received (a zero timeout in a Web Worker). */
function nextTurn(f: () => void): void {
  if (immediate) immediate(f);
  else setTimeout(f, 0);
}

export class DocumentSync implements Disposable {
  /** The editor's documents (text and version). */
  readonly documents = new TextDocuments(TextDocument);
  /** Documents whose check is scheduled or running; `again`: a newer version came while it ran. */
  private readonly pending = new Map<string, { again: boolean }>();
  /** Opens and changes received so far, of any document: how a burst is told from a lone keystroke. */
  private changes = 0;
  private disposed = false;
  /** The version whose analysis is in the index (drafts and non-drafts alike). */
  private readonly analyzed = new Map<string, number>();
  /** The version a document was opened at (its first content event is the open itself). */
  private readonly opened = new Map<string, number>();
  private readonly disposables: Disposable[] = [];

  /**
   * @param ready resolves once the first settings are read: no document is checked
   * before, so that the first diagnostics already follow the user's settings.
   */
  constructor(connection: Connection, private readonly index: WorkspaceIndex, private readonly log: Logger, private readonly ready: Promise<void>) {
    this.disposables.push(
      this.documents.onDidOpen((e) => {
        this.opened.set(e.document.uri, e.document.version);
        this.schedule(e.document.uri);
      }),
      this.documents.onDidChangeContent((e) => {
        // Opening also fires a content change: one check is enough.
        if (this.opened.get(e.document.uri) === e.document.version) return;
        this.schedule(e.document.uri);
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

  /**
   * Checks a document once the messages already received are applied; while its
   * check is scheduled or running, further changes only ask for one more check,
   * of whatever version is the latest when the current one ends.
   */
  private schedule(uri: string): void {
    this.changes++;
    const waiting = this.pending.get(uri);
    if (waiting) {
      waiting.again = true;
      return;
    }
    const entry = { again: false };
    this.pending.set(uri, entry);
    const run = (): void => {
      // Cancelled (closed, or checked by `fresh` meanwhile): nothing to do.
      if (this.pending.get(uri) !== entry || this.disposed) return;
      entry.again = false;
      background(this.log, `check ${uri}`, async () => {
        try {
          await this.check(uri);
        } finally {
          if (this.pending.get(uri) === entry) {
            if (entry.again) this.afterQueue(run);
            else this.pending.delete(uri);
          }
        }
      });
    };
    this.afterQueue(run);
  }

  /**
   * Runs `f` once a turn of the event loop has passed without an open or a change:
   * messages already read are handled one per turn (vscode-jsonrpc), so a burst of
   * changes received at once is applied before the check, while a lone keystroke
   * waits two turns of the loop (microseconds), never a timer.
   */
  private afterQueue(f: () => void): void {
    const wait = (seen: number): void => {
      nextTurn(() => {
        if (this.disposed) return;
        if (this.changes === seen) f();
        else wait(this.changes);
      });
    };
    // The first turn only lets the message that scheduled us finish: the next one is queued behind it.
    nextTurn(() => wait(this.changes));
  }

  private cancel(uri: string): void {
    this.pending.delete(uri);
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
    this.disposed = true;
    this.pending.clear();
    for (const d of this.disposables) d.dispose();
  }
}
