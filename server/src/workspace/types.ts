/**
 * The workspace as the server sees it, behind an interface (as VS Code's Markdown
 * language service does with its `IWorkspace`): the Node server implements it with the
 * file system (nodeWorkspace.ts), the web server by asking the client, which answers
 * with VS Code's file APIs (clientWorkspace.ts). The index, the référentiel store and
 * go-to-definition read through it, never through `fs`. Everything is named by URI.
 */
import type { Event } from 'vscode-languageserver';
import type { Localized } from '../core/i18n';
import type { FileErrorCode, StatResult } from '../core/protocol';

/**
 * A file's bytes, or why there are none (`notFound`, `isDirectory` are expected and
 * quiet; `tooBig`: over the size limit, not read but for its first bytes, `head`, when
 * the workspace can give them).
 */
export type ReadResult =
  | { bytes: Uint8Array }
  | { error: FileErrorCode; message: string; localized?: Localized; size?: number; head?: Uint8Array };

/** What a search of the folders found: Markdown files, and what could not be listed. */
export interface FoundFiles {
  uris: string[];
  errors: { uri: string; message: string }[];
}

/** A bundled référentiel: its file name, where it lives (for go to definition) and its text. */
export interface BundledReferentiel {
  name: string;
  uri: string;
  text: string;
}

/** A file created, changed or deleted (the kinds of `workspace/didChangeWatchedFiles`). */
export interface FileEvent {
  uri: string;
  type: number;
}

/** The files the server may read. */
export interface RncpWorkspace {
  /**
   * The Markdown files (`*.md`, `*.markdown`) under these folder URIs, skipping
   * `node_modules` and dot-folders as `rncp check` does; which of them are drafts is
   * the index's business.
   */
  findDrafts(folders: readonly string[]): Promise<FoundFiles>;
  /** The bytes of a regular file of at most `maxSize` bytes (checked before reading). Never throws. */
  readFile(uri: string, maxSize: number): Promise<ReadResult>;
  /** What is at a URI; null when nothing is. Never throws. */
  stat(uri: string): Promise<StatResult>;
  /** The URI with symbolic links resolved, where the file system has links (the référentiel access rule). */
  realUri?(uri: string): string | undefined;
  /** The référentiels shipped with the extension (read once, synchronously: they are small and local). */
  bundledReferentiels(): BundledReferentiel[];
  /** Files created, changed or deleted in the workspace. */
  readonly onDidChange: Event<FileEvent[]>;
  /** Reports changes (the server forwards `workspace/didChangeWatchedFiles` here). */
  fileChanges(changes: FileEvent[]): void;
}
