/**
 * The workspace index: the analysis of every draft the server knows, open in
 * the editor or read from the workspace folders. It is the one place that
 * reads drafts from disk and calls the core's analysis, so that a cache or a
 * parallel indexer can replace this part alone. It holds analyses, keyed by
 * URI, and says when one changes; publishing is someone else's business.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Emitter, type Disposable, type Event } from 'vscode-languageserver/node';
import { walk } from './cli/walk';
import { analyzeDraft, type DraftAnalysis } from './core/analyze';
import { BlockCache } from './core/incremental/blockCache';
import { OneShotParser } from './core/incremental/oneShot';
import { isCaseStudyName, isDraft, isMarkdownName } from './core/parse/detect';
import type { RncpSettings } from './core/settings';
import { decodeFile } from './fileText';
import { describe, type Logger } from './guard';
import type { ReferentielStore } from './referentiels';
import { fileNameOf, isInside, pathToUri, uriKey, uriToPath } from './uris';

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

  /** The workspace folders indexed (paths). */
  get folderPaths(): readonly string[] {
    return this.folders;
  }

  /**
   * Analyses a text. The one call into the core's analysis; a draft is detected
   * from its front matter first so that notes and READMEs are never parsed.
   */
  analyze(fileName: string, text: string, open = false): DraftAnalysis | undefined {
    if (!isDraft(fileName, text)) return undefined;
    const parse = open ? this.blocks.parse : this.oneShot.parse;
    const analysis = analyzeDraft(fileName, text, { resolve: this.deps.store.resolver, settings: this.deps.settings(), parse });
    for (const f of analysis.failures) this.deps.log.error(`rncp: ${fileName}: rule failed: ${f}`);
    // Blocks serve completion in the editor only: a draft not open keeps its results, not its blocks.
    return open ? analysis : { ...analysis, model: { ...analysis.model, blocks: [] } };
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
    const analysis = this.analyze(fileName, text, true);
    if (!isCurrent() || this.disposed) return false;
    if (analysis) this.commit(key, { uri, fileName, open: true, version, analysis });
    else this.delete(key);
    return true;
  }

  /** The editor closed a document: the disk's text takes over (or the draft leaves the index). */
  async closed(uri: string): Promise<void> {
    const key = uriKey(uri);
    this.openKeys.delete(key);
    const file = uriToPath(uri);
    if (file && this.indexable(file)) await this.readFromDisk(pathToUri(file));
    else this.delete(key);
  }

  /** Reads a file from disk and analyses it, unless the editor has it open. */
  async readFromDisk(uri: string): Promise<void> {
    const key = uriKey(uri);
    const file = uriToPath(uri);
    if (!file || this.openKeys.has(key)) return;
    const seq = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, seq);
    let bytes: Uint8Array;
    try {
      bytes = await fs.promises.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR') this.deps.log.warn(`rncp: ${file}: unreadable (${code ?? describe(e)})`);
      if (this.reads.get(key) === seq && !this.openKeys.has(key)) this.delete(key);
      return;
    }
    // A newer read started, or the editor opened the file meanwhile: this text is stale.
    if (this.reads.get(key) !== seq || this.openKeys.has(key) || this.disposed) return;
    const decoded = decodeFile(bytes, this.deps.settings().maxFileSize);
    if (decoded.text === undefined) {
      if (isCaseStudyName(file)) this.deps.log.warn(`rncp: ${file}: ${decoded.problem?.en ?? 'not analysed'}`);
      this.delete(key);
      return;
    }
    const analysis = this.analyze(file, decoded.text);
    if (analysis && decoded.note) this.deps.log.info(`rncp: ${file}: ${decoded.note.en}`);
    if (analysis) this.commit(key, { uri: pathToUri(file), fileName: file, open: false, analysis });
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
  async indexFolders(folderPaths: string[], isCancelled: () => boolean = () => false): Promise<number> {
    const scan = ++this.scan;
    for (const f of folderPaths) if (!this.folders.includes(f)) this.folders.push(f);
    const found = walk(folderPaths);
    for (const e of found.errors) this.deps.log.warn(`rncp: ${e.path}: ${e.messageEn}`);
    let n = 0;
    for (const file of found.files) {
      if (this.disposed || scan !== this.scan || isCancelled()) break;
      await this.readFromDisk(pathToUri(path.resolve(file)));
      n++;
      // Let requests in between files: indexing a large workspace must not freeze the editor.
      if (n % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    return n;
  }

  /** A folder left the workspace: its unopened drafts leave the index. */
  removeFolder(folder: string): void {
    this.folders = this.folders.filter((f) => f !== folder);
    this.dropUnopened((file) => isInside(folder, file));
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
      const file = uriToPath(uri);
      if (!file) continue;
      if (/\.(ya?ml|json)$/i.test(file)) {
        this.deps.store.invalidate(file);
        referentielChanged = true;
        continue;
      }
      if (type === FileChange.Deleted) {
        // A deleted folder comes as one event: its drafts go with it.
        if (!isMarkdownName(file)) this.dropUnopened((f) => isInside(file, f));
        else this.removeFromDisk(uri);
        continue;
      }
      if (isMarkdownName(file) && this.indexable(file)) await this.readFromDisk(uri);
    }
    if (referentielChanged) this.reanalyze((e) => !!e.analysis.model.frontMatter?.referentiel?.value.match(/\.(ya?ml|json)$/i));
  }

  /** Analyses drafts again from the text they hold (settings or a référentiel changed). */
  reanalyze(filter: (e: IndexEntry) => boolean = () => true): void {
    for (const [key, e] of [...this.entries]) {
      if (!filter(e)) continue;
      const analysis = this.analyze(e.fileName, e.analysis.model.text, e.open);
      if (analysis) this.commit(key, { ...e, analysis });
      else this.delete(key);
    }
  }

  /** Whether a file is one the workspace scan would index. */
  indexable(file: string): boolean {
    return this.folders.some((folder) => {
      if (!isInside(folder, file)) return false;
      const dirs = path.relative(folder, path.dirname(file)).split(path.sep).filter(Boolean);
      return dirs.every((d) => d !== 'node_modules' && !d.startsWith('.'));
    });
  }

  private dropUnopened(test: (file: string) => boolean): void {
    for (const [key, e] of [...this.entries]) if (!this.openKeys.has(key) && test(e.fileName)) this.delete(key);
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
