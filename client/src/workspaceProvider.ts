/**
 * Serves the server's file requests (`rncp/fs/*`) with VS Code's own file APIs, so that
 * the web server, which has no file system, reads the workspace the editor shows —
 * github.dev's virtual file system included. Watching needs no request of ours: the
 * server registers `workspace/didChangeWatchedFiles`, which vscode-languageclient serves
 * with `vscode.workspace.createFileSystemWatcher` in both hosts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { toBase64 } from '../../server/src/core/base64';
import {
  type FileErrorCode,
  type FileParams,
  FS_FIND_FILES_REQUEST,
  FS_READ_FILE_REQUEST,
  FS_STAT_REQUEST,
  type FindFilesParams,
  type FindFilesResult,
  type ReadFileResult,
  type StatResult,
} from '../../server/src/core/protocol';

/** Registers the three handlers on the client; dispose to remove them. */
export function registerWorkspaceProvider(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(FS_FIND_FILES_REQUEST, (p: FindFilesParams) => findFiles(p)),
    client.onRequest(FS_READ_FILE_REQUEST, (p: FileParams): Promise<object> => readFile(p)),
    client.onRequest(FS_STAT_REQUEST, (p: FileParams): Promise<object | null> => stat(p)),
  );
}

/** `rncp/fs/findFiles`: the folder's files matching the globs, excludes of the user not applied. */
export async function findFiles(p: FindFilesParams): Promise<FindFilesResult> {
  const folder = vscode.Uri.parse(p.folder);
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, p.include), p.exclude ? new vscode.RelativePattern(folder, p.exclude) : null);
  return { uris: found.map((u) => u.toString()) };
}

/** `rncp/fs/readFile`: the bytes in base64, or the reason there are none. */
export async function readFile(p: FileParams): Promise<ReadFileResult> {
  try {
    return { base64: toBase64(await vscode.workspace.fs.readFile(vscode.Uri.parse(p.uri))) };
  } catch (e) {
    return { error: errorCode(e), message: e instanceof Error ? e.message : String(e) };
  }
}

/** `rncp/fs/stat`: what is there, null when nothing is. */
export async function stat(p: FileParams): Promise<StatResult> {
  try {
    const s = await vscode.workspace.fs.stat(vscode.Uri.parse(p.uri));
    const type = s.type & vscode.FileType.Directory ? 'directory' : s.type & vscode.FileType.File ? 'file' : 'other';
    return { type, size: s.size, mtime: s.mtime };
  } catch {
    return null;
  }
}

function errorCode(e: unknown): FileErrorCode {
  if (e instanceof vscode.FileSystemError) {
    if (e.code === 'FileNotFound') return 'notFound';
    if (e.code === 'FileIsADirectory') return 'isDirectory';
  }
  return 'other';
}
