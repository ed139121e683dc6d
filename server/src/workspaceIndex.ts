/**
 * The workspace index: the analysis of every draft the server knows, open in
 * the editor or read from the workspace folders. It is the one place that
 * reads drafts (through the workspace: the file system or the client) and calls
 * the core's analysis, so that a cache or a parallel indexer can replace this part
 * alone. It holds analyses, keyed by URI, and says when one changes; publishing
 * is someone else's business. Folders and files are URIs of any scheme.
 */
import { Emitter, type Disposable, type Event } from 'vscode-languageserver';
import { analyzeDraft, analyzeOversized, type DraftAnalysis } from './core/analyze';
import { BlockCache } from './core/incremental/blockCache';
import { blockParser } from './core/incremental/checked';
import { OneShotParser } from './core/incremental/oneShot';
import { isCaseStudyName, isDraft, isMarkdownName } from './core/parse/detect';
import type { RncpSettings } from './core/settings';
import { decodeFile, decodeHead } from './fileText';
import { printable } from './files/names';
import type { Logger } from './guard';
import { isReferentielFile, type ReferentielStore } from './referentiels';
import { decodeSafe, isInsideUri, segmentsUnder, trimSlash } from './uriPaths';
import { fileNameOf, uriKey } from './uris';
import type { RncpWorkspace } from './workspace/types';

/** One draft of the index. */
export interface IndexEntry {
  /** The URI diagnostics are published to (the editor's when it is open). */
  uri: string;
  /** The file name the core analysed it under. */
  fileName: string;
  /** Whether the editor has it open (then its text wins over the disk). */
  open: boolean;
  /** The editor's version of the text analysed, when open. */
  version?: number;
  analysis: DraftAnalysis;
}

/** A draft added, updated or removed (`entry` undefined). */
export interface IndexChange {
  key: string;
  entry?: IndexEntry;
  previous?: IndexEntry;
}

/** The kinds of file events of workspace/didChangeWatchedFiles. */
export const FileChange = { Created: 1, Changed: 2, Deleted: 3 } as const;

/** What the index needs from the server. */
export interface IndexDeps {
  store: ReferentielStore;
  workspace: RncpWorkspace;
  settings: () => RncpSettings;
  log: Logger;
}

/** Analyses of the workspace's drafts, by URI. */
export class WorkspaceIndex implements Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly changed = new Emitter<IndexChange>();
  /** Sequence of disk reads per key: a read that finishes after a newer one started is dropped. */
  private readonly reads = new Map<string, number>();
  private readonly openKeys = new Set<string>();
  private folders: string[] = [];
  private scan = 0;
  private disposed = false;
  /** Per-chunk analyses of open documents, keyed by text: an edit re-parses only the chunks it touched. */
  private readonly blocks = new BlockCache();
  /**
   * Drafts read from disk are read once: each is parsed whole or through a small
   * cache of its own, whichever costs less (see oneShot.ts), and only results are
   * kept, so that indexing a workspace does not fill the heap with chunks.
   */
  private readonly oneShot = new OneShotParser();

  /** Fired for every draft added, updated or removed. */
  readonly onDidChange: Event<IndexChange> = this.changed.event;

  constructor(private readonly deps: IndexDeps) {}

  /** The entry of a URI, when it is a known draft. */
  get(uri: string): IndexEntry | undefined {
    return this.entries.get(uriKey(uri));
  }

  /** Every known draft, sorted by URI. */
  all(): IndexEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** The workspace folders indexed (URIs). */
  get folderUris(): readonly string[] {
    return this.folders;
  }

  /**
   * Analyses a text. The one call into the core's analysis; a draft is detected
   * from its front matter first so that notes and READMEs are never parsed.
   */
  analyze(uri: string, fileName: string, text: string, open = false): DraftAnalysis | undefined {
    if (!isDraft(fileName, text)) return undefined;
    const settings = this.deps.settings();
    // Open drafts keep their blocks in the cache for the next keystroke; drafts read once take the cheaper parse.
    const parse = settings.incremental === 'on'
      ? (open ? this.blocks.parse : this.oneShot.parse)
      : blockParser(settings.incremental, this.blocks, (d) =>
        this.deps.log.error(`rncp: ${fileName}: the incremental parse differs from the whole-document parse at line ${d.line} (offset ${d.offset}): whole ${d.whole}, incremental ${d.incremental}`),
      );
    const store = this.deps.store;
    const analysis = analyzeDraft(fileName, text, { resolve: (value) => store.resolveFrom(value, uri), settings, parse });
    this.logFailures(fileName, analysis);
    // Blocks serve completion in the editor only: a draft not open keeps its results, not its blocks.
    return open ? analysis : { ...analysis, model: { ...analysis.model, blocks: [] } };
  }

  /** One log line per draft whose analysis failed somewhere (the author sees an erreur-interne diagnostic). */
  private logFailures(fileName: string, analysis: DraftAnalysis): void {
    if (analysis.failures.length > 0) this.deps.log.error(`rncp: ${fileName}: internal error: ${analysis.failures.join('; ')}`);
  }

  /**
   * `analyze`, then again once the référentiel file the draft names is read: the
   * store answers synchronously from what it holds, the workspace reads asynchronously.
   */
  private async analyzeLoaded(uri: string, fileName: string, text: string, open = false): Promise<DraftAnalysis | undefined> {
    const first = this.analyze(uri, fileName, text, open);
    if (!first || !this.deps.store.hasPending) return first;
    await this.deps.store.loadPending();
    return this.analyze(uri, fileName, text, open);
  }

  /**
   * The editor's text of an open document. `isCurrent` is asked once the
   * analysis is done: when a newer version arrived meanwhile, this one is dropped.
   * Answers whether the analysis was kept.
   */
  async setOpen(uri: string, text: string, version: number, languageId: string | undefined, isCurrent: () => boolean): Promise<boolean> {
    const key = uriKey(uri);
    this.openKeys.add(key);
    const fileName = fileNameOf(uri, languageId);
    const analysis = await this.analyzeLoaded(uri, fileName, text, true);
    if (!isCurrent() || this.disposed) return false;
    if (analysis) this.commit(key, { uri, fileName, open: true, version, analysis });
    else this.delete(key);
    return true;
  }

  /** The editor closed a document: the disk's text takes over (or the draft leaves the index). */
  async closed(uri: string): Promise<void> {
    const key = uriKey(uri);
    this.openKeys.delete(key);
    if (this.indexable(uri)) await this.readFromDisk(uri);
    else this.delete(key);
  }

  /** Reads a file from the workspace and analyses it, unless the editor has it open. */
  async readFromDisk(uri: string): Promise<void> {
    const key = uriKey(uri);
    if (this.openKeys.has(key)) return;
    const file = fileNameOf(uri);
    const seq = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, seq);
    const maxFileSize = this.deps.settings().maxFileSize;
    // Checked before reading: a FIFO or a device never blocks the server, a huge file is not loaded.
    const read = await this.deps.workspace.readFile(uri, maxFileSize);
    if ('error' in read && read.error === 'tooBig' && read.head) {
      if (this.reads.get(key) !== seq || this.openKeys.has(key) || this.disposed) return;
      // A draft over the limit gets its one analyse-incomplete diagnostic, as in the CLI.
      const settings = this.deps.settings();
      const store = this.deps.store;
      const analysis = analyzeOversized(file, decodeHead(read.head), read.size ?? 0, { resolve: (value) => store.resolveFrom(value, uri), settings });
      if (analysis) {
        this.logFailures(file, analysis);
        this.commit(key, { uri, fileName: file, open: false, analysis });
        return;
      }
    }
    if ('error' in read) {
      const quiet = read.error === 'notFound' || read.error === 'isDirectory';
      if (!quiet && (read.error !== 'tooBig' || isCaseStudyName(file))) this.deps.log.warn(`rncp: ${printable(file)}: ${read.message}`);
      if (this.reads.get(key) === seq && !this.openKeys.has(key)) this.delete(key);
      return;
    }
    // A newer read started, or the editor opened the file meanwhile: this text is stale.
    if (this.reads.get(key) !== seq || this.openKeys.has(key) || this.disposed) return;
    const decoded = decodeFile(read.bytes, maxFileSize);
    if (decoded.text === undefined) {
      if (isCaseStudyName(file)) this.deps.log.warn(`rncp: ${printable(file)}: ${decoded.problem?.en ?? 'not analysed'}`);
      this.delete(key);
      return;
    }
    const analysis = await this.analyzeLoaded(uri, file, decoded.text);
    if (this.reads.get(key) !== seq || this.openKeys.has(key) || this.disposed) return;
    if (analysis && decoded.note) this.deps.log.info(`rncp: ${printable(file)}: ${decoded.note.en}`);
    if (analysis) this.commit(key, { uri, fileName: file, open: false, analysis });
    else this.delete(key);
  }

  /** Forgets a draft (deleted from disk). An open draft stays: the editor still holds its text. */
  removeFromDisk(uri: string): void {
    const key = uriKey(uri);
    this.reads.set(key, (this.reads.get(key) ?? 0) + 1);
    if (!this.openKeys.has(key)) this.delete(key);
  }

  /**
   * Indexes every Markdown file of the folders (skipping `node_modules` and
   * dot-folders, as the CLI does). A later scan or `dispose` stops an earlier one.
   */
  async indexFolders(folderUris: string[], isCancelled: () => boolean = () => false): Promise<number> {
    const scan = ++this.scan;
    for (const f of folderUris.map(trimSlash)) if (!this.folders.includes(f)) this.folders.push(f);
    return this.indexUris(folderUris, () => this.disposed || scan !== this.scan || isCancelled());
  }

  /** Reads every Markdown file under the folders (the workspace's search: links followed, loops avoided, raw names kept). */
  private async indexUris(folderUris: string[], stop: () => boolean): Promise<number> {
    const found = await this.deps.workspace.findDrafts(folderUris);
    for (const e of found.errors) this.deps.log.warn(`rncp: ${printable(fileNameOf(e.uri))}: ${e.message}`);
    let n = 0;
    for (const uri of found.uris) {
      if (stop()) break;
      await this.readFromDisk(uri);
      n++;
      // Let requests in between files: indexing a large workspace must not freeze the editor.
      if (n % 20 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    return n;
  }

  /** A folder left the workspace: its unopened drafts leave the index. */
  removeFolder(folder: string): void {
    this.folders = this.folders.filter((f) => f !== trimSlash(folder));
    this.dropUnopened((uri) => isInsideUri(folder, uri));
  }

  /** Forgets every draft that is not open (workspace diagnostics turned off). */
  clearUnopened(): void {
    this.scan++;
    this.folders = [];
    this.dropUnopened(() => true);
  }

  /**
   * workspace/didChangeWatchedFiles: drafts created, changed or deleted on disk,
   * and référentiel files that changed (drafts that name them are analysed again).
   */
  async filesChanged(changes: { uri: string; type: number }[]): Promise<void> {
    let referentielChanged = false;
    for (const { uri, type } of changes) {
      const name = fileNameOf(uri);
      if (isReferentielFile(name)) {
        this.deps.store.invalidate(uri);
        referentielChanged = true;
        continue;
      }
      if (type === FileChange.Deleted) {
        // A deleted folder comes as one event (whatever its name, even `x.md`): its drafts go with it.
        this.removeFromDisk(uri);
        this.dropUnopened((u) => isInsideUri(uri, u));
        continue;
      }
      if (!this.indexable(uri)) continue;
      if ((await this.deps.workspace.stat(uri))?.type === 'directory') {
        const base = decodeSafe(trimSlash(uri).slice(trimSlash(uri).lastIndexOf('/') + 1));
        if (base === 'node_modules' || base.startsWith('.')) continue;
        // A folder created, moved in or changed as a whole: drafts inside it gone from disk leave,
        // the others are read again, and new ones are found by a search of the folder.
        for (const e of this.all()) if (!e.open && isInsideUri(uri, e.uri) && uriKey(e.uri) !== uriKey(uri)) await this.readFromDisk(e.uri);
        await this.indexUris([uri], () => this.disposed);
        continue;
      }
      if (isMarkdownName(name)) await this.readFromDisk(uri);
    }
    if (referentielChanged) await this.reanalyzeLoaded((e) => isReferentielFile(e.analysis.model.frontMatter?.referentiel?.value ?? ''));
  }

  /**
   * Analyses drafts again from the text they hold (settings or a référentiel changed).
   * Référentiel files not read yet are read in the background, then those drafts again.
   */
  reanalyze(filter: (e: IndexEntry) => boolean = () => true): void {
    this.reanalyzeNow(filter);
    // Files the store never read (none when nothing changed on disk): read, then analyse again.
    if (this.deps.store.hasPending) void this.reanalyzeLoaded(filter).catch((e) => this.deps.log.error(`rncp: re-analysis failed: ${String(e)}`));
  }

  /** `reanalyze`, the référentiel files it needs read first. */
  private async reanalyzeLoaded(filter: (e: IndexEntry) => boolean): Promise<void> {
    // A first pass only finds the files to read: its "not found" answers are never published.
    for (const e of this.entries.values()) if (filter(e)) this.analyze(e.uri, e.fileName, e.analysis.model.text, e.open);
    if (this.deps.store.hasPending) await this.deps.store.loadPending();
    if (!this.disposed) this.reanalyzeNow(filter);
  }

  private reanalyzeNow(filter: (e: IndexEntry) => boolean): void {
    for (const [key, e] of [...this.entries]) {
      if (!filter(e)) continue;
      const analysis = this.analyze(e.uri, e.fileName, e.analysis.model.text, e.open);
      if (analysis) this.commit(key, { ...e, analysis });
      else this.delete(key);
    }
  }

  /** Whether a file is one the workspace scan would index (in a folder, not under `node_modules` nor a dot-folder). */
  indexable(uri: string): boolean {
    return this.folders.some((folder) => {
      const segments = segmentsUnder(folder, uri);
      return !!segments && segments.slice(0, -1).every((d) => d !== 'node_modules' && !d.startsWith('.'));
    });
  }

  private dropUnopened(test: (uri: string) => boolean): void {
    for (const [key, e] of [...this.entries]) if (!this.openKeys.has(key) && test(e.uri)) this.delete(key);
  }

  private commit(key: string, entry: IndexEntry): void {
    const previous = this.entries.get(key);
    this.entries.set(key, entry);
    this.changed.fire({ key, entry, previous });
  }

  private delete(key: string): void {
    const previous = this.entries.get(key);
    if (!previous) return;
    this.entries.delete(key);
    this.changed.fire({ key, previous });
  }

  dispose(): void {
    this.disposed = true;
    this.changed.dispose();
    this.entries.clear();
  }
}
