/** Helpers of the integration suite: the extension's API, the workspace's files, waiting for the server. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RncpApi } from '../../../client/src/extension';

/** The extension's id (`publisher.name` of package.json). */
export const EXTENSION_ID = 'rncp-tools.rncp';

/** Activates the extension (if needed) and returns what `activate` returned. */
export async function api(): Promise<RncpApi> {
  const ext = vscode.extensions.getExtension<RncpApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const services = await ext.activate();
  await waitFor('the language server to run', () => services.client.running || undefined);
  return services;
}

/** A file of the test workspace (a temporary copy of samples/). */
export function ws(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, rel);
}

/** Opens a workspace file in an editor. */
export async function open(rel: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof rel === 'string' ? ws(rel) : rel;
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Polls `fn` until it returns something other than undefined/false, or fails after `ms`;
 * `explain` says what was seen instead (in the failure message).
 */
export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000, explain?: () => unknown): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      const seen = explain ? `; seen: ${JSON.stringify(explain())}` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : String(last)})` : ''}${seen}`);
    }
    await sleep(100);
  }
}

/** Sleeps (only to let time pass when checking that something does NOT happen). */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A diagnostic's code as a string. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c === undefined ? undefined : typeof c === 'object' ? String(c.value) : String(c);
}

/** The rncp diagnostics of a document. */
export function rncpDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'rncp');
}

/** Waits until the document's rncp diagnostics satisfy `ok`, and returns them. */
export function diagnosticsWhen(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, ms = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics of ${vscode.workspace.asRelativePath(uri)}: ${what}`, () => {
    const ds = rncpDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  }, ms);
}

/** The text of a range of a document. */
export function textAt(doc: vscode.TextDocument, r: vscode.Range): string {
  return doc.getText(r);
}

/** Sets an `rncp.*` setting for the workspace (undefined removes it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('rncp').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Reverts every dirty document and closes every editor, so the next test (and the UI run) start clean. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc, { preview: false });
    // Revert first (a snippet session left by a quick fix must not keep the edit), then close.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    if (doc.isDirty) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (doc.isDirty && doc.uri.scheme === 'file') throw new Error(`could not revert ${doc.uri.fsPath}`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Deletes a workspace file or folder if it exists; a folder's files one by one first,
 * because file watchers report a deleted folder as one event, which globs on file names miss.
 */
export async function remove(uri: vscode.Uri): Promise<void> {
  const stat = await vscode.workspace.fs.stat(uri).then((st) => st, () => undefined);
  if (!stat) return;
  if (stat.type & vscode.FileType.Directory) {
    for (const [name] of await vscode.workspace.fs.readDirectory(uri)) await remove(vscode.Uri.joinPath(uri, name));
  }
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** Writes a workspace file (creating folders). */
export async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Reads a workspace file. */
export async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Workspace settings found at the start of the suite, restored by the teardown. */
export const initialSettings: Record<string, unknown> = {};

/** Remembers a setting's workspace value (once) before the suite changes it. */
export function remember(key: string): void {
  if (!(key in initialSettings)) initialSettings[key] = vscode.workspace.getConfiguration('rncp').inspect(key)?.workspaceValue;
}
