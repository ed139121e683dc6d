/**
 * The part of a workspace both implementations share: file events, which come the same
 * way in both hosts (the server registers `workspace/didChangeWatchedFiles`; the client
 * watches with `vscode.workspace.createFileSystemWatcher`, also on virtual file systems).
 */
import { Emitter, type Event } from 'vscode-languageserver';
import type { FileEvent } from './types';

/** Relays file events to the workspace's listeners. */
export class WatchedFiles {
  private readonly emitter = new Emitter<FileEvent[]>();
  /** Files created, changed or deleted. */
  readonly onDidChange: Event<FileEvent[]> = this.emitter.event;

  /** Reports changes to the listeners. */
  fileChanges(changes: FileEvent[]): void {
    if (changes.length) this.emitter.fire(changes);
  }
}
